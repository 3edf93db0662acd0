// The checklist's script (checklist.ts) in jsdom over the rendered component, with whatever a
// browser's storage may hold or do: values that are not our list of ids start the list afresh
// and say so; storage that refuses (site data blocked, quota full) still lets the reader tick,
// without saving, and says so. No error escapes in any case.
import fs from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderExample } from '../../../tests/support/component-tests';
import DocumentChecklist from './DocumentChecklist.astro';
import { examples } from './DocumentChecklist.examples';

const KEY = 'migreren-naar-vlaanderen:rugzak';
const FILTER_KEY = 'migreren-naar-vlaanderen:rugzak-filter';
const script = ts.transpileModule(fs.readFileSync(new URL('./checklist.ts', import.meta.url), 'utf8'), {
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
}).outputText;
let html: string;
beforeAll(async () => {
  html = await renderExample(DocumentChecklist, examples.dutchReader);
});

type Storage = 'refused' | 'full' | undefined;

/** A page with the checklist and the script run; `stored` is in the key beforehand. */
function open({ stored, storage, filter }: { stored?: string; storage?: Storage; filter?: string } = {}) {
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => errors.push(String(error.stack ?? error)));
  const { window } = new JSDOM(`<!doctype html><html lang="nl"><body>${html}</body></html>`, {
    url: 'https://example.be/nl/pakket/rugzak/',
    runScripts: 'outside-only',
    virtualConsole,
  });
  if (stored !== undefined) window.localStorage.setItem(KEY, stored);
  if (filter !== undefined) window.localStorage.setItem(FILTER_KEY, filter);
  if (storage === 'refused')
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new window.DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  if (storage === 'full') {
    const real = window.localStorage;
    Object.defineProperty(window, 'localStorage', {
      value: {
        getItem: (key: string) => real.getItem(key),
        removeItem: (key: string) => real.removeItem(key),
        setItem: () => {
          throw new window.DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      },
    });
  }
  try {
    window.eval(script);
  } catch (error) {
    errors.push(String(error));
  }
  const $ = (selector: string) => window.document.querySelector<HTMLElement>(selector)!;
  return {
    window,
    errors,
    $,
    shown: (problem: string) => !$(`[data-checklist-problem="${problem}"]`).hidden,
    count: () => $('[data-checklist-count]').textContent,
    tick(id: string) {
      const box = $(`[aria-describedby="about-${id}"]`) as HTMLInputElement;
      box.checked = !box.checked;
      box.dispatchEvent(new window.Event('change', { bubbles: true }));
    },
    choose(selector: string) {
      const input = $(selector) as HTMLInputElement;
      input.checked = input.type === 'radio' ? true : !input.checked;
      input.dispatchEvent(new window.Event('change', { bubbles: true }));
    },
    shownItems: () =>
      [...window.document.querySelectorAll<HTMLElement>('.checklist__group li')]
        .filter((item) => !item.hidden)
        .map((item) => item.querySelector('input')!.getAttribute('aria-describedby')!.replace('about-', '')),
  };
}

describe('the checklist’s storage', () => {
  it('keeps a valid list of ticks, and says nothing about storage', () => {
    const page = open({ stored: '["paspoort"]' });
    expect((page.$('[aria-describedby="about-paspoort"]') as HTMLInputElement).checked).toBe(true);
    expect(page.count()).toBe('Aangevinkt: 1 van 4');
    expect([page.shown('reset'), page.shown('unsaved')]).toEqual([false, false]);
    page.tick('diploma');
    expect(JSON.parse(page.window.localStorage.getItem(KEY)!)).toEqual(['paspoort', 'diploma']);
    expect(page.errors).toEqual([]);
  });

  it('stores nothing before the reader ticks', () => {
    const page = open();
    expect(page.window.localStorage.length).toBe(0);
    expect([page.shown('reset'), page.shown('unsaved')]).toEqual([false, false]);
  });

  it.each([
    ['an object', '{}'],
    ['a number', '1'],
    ['true', 'true'],
    ['null', 'null'],
    ['another format', '{"ticks":["paspoort"]}'],
    ['a string', '"paspoort"'],
    ['a list of other things', '[1, {"id": "paspoort"}]'],
    ['text that is not JSON', '{not json'],
    ['100,000 characters of garbage', 'a'.repeat(100_000)],
  ])('starts afresh from %s in storage, says so, and saves the next tick', (_, stored) => {
    const page = open({ stored });
    expect(page.errors).toEqual([]);
    expect(page.$('[data-checklist-filter]').hidden).toBe(false);
    expect(page.$('[data-checklist-tools]').hidden).toBe(false);
    expect(page.count()).toBe('Aangevinkt: 0 van 4');
    expect([page.shown('reset'), page.shown('unsaved')]).toEqual([true, false]);
    expect(page.window.localStorage.getItem(KEY)).toBeNull();
    page.tick('paspoort');
    expect(page.count()).toBe('Aangevinkt: 1 van 4');
    expect(page.window.localStorage.getItem(KEY)).toBe('["paspoort"]');
    expect(page.errors).toEqual([]);
  });

  it('works without saving when the browser refuses its storage, and says so', () => {
    const page = open({ storage: 'refused' });
    expect(page.$('[data-checklist-tools]').hidden).toBe(false);
    expect([page.shown('reset'), page.shown('unsaved')]).toEqual([false, true]);
    page.tick('paspoort');
    expect(page.count()).toBe('Aangevinkt: 1 van 4');
    page.$('[data-checklist-clear]').click();
    expect(page.count()).toBe('Aangevinkt: 0 van 4');
    expect(page.errors).toEqual([]);
  });

  it('goes on when a write is refused (quota full), and says so from that tick', () => {
    const page = open({ storage: 'full' });
    expect(page.shown('unsaved')).toBe(false);
    page.tick('paspoort');
    expect(page.count()).toBe('Aangevinkt: 1 van 4');
    expect((page.$('#about-paspoort').parentElement as HTMLElement).classList.contains('is-ticked')).toBe(true);
    expect(page.shown('unsaved')).toBe(true);
    page.$('[data-checklist-clear]').click();
    expect(page.count()).toBe('Aangevinkt: 0 van 4');
    expect(page.errors).toEqual([]);
  });

  it('the messages are in the reader’s language', () => {
    expect(open().$('[data-checklist-problem="unsaved"]').textContent!.trim()).toMatch(/^Deze browser bewaart geen vinkjes/);
  });
});

describe('the checklist’s filter', () => {
  it('is remembered once the reader chooses, and the count follows it', () => {
    const page = open({ stored: '["paspoort", "diploma"]' });
    expect(page.window.localStorage.getItem(FILTER_KEY)).toBeNull();
    expect(page.count()).toBe('Aangevinkt: 2 van 4');
    page.choose('input[name="situation"][value="partner"]');
    // Documents for everyone and for a partner: the diploma is hidden, and not counted.
    expect(page.shownItems()).toEqual(['paspoort', 'geboorteakte', 'huwelijksakte']);
    expect(page.count()).toBe('Aangevinkt: 1 van 3');
    expect(page.$('.checklist__chosen').hidden).toBe(false);
    expect(page.$('.checklist__chosen b').textContent).toBe('Ik kom bij mijn partner wonen');
    const saved = page.window.localStorage.getItem(FILTER_KEY)!;
    expect(JSON.parse(saved)).toEqual({ situations: ['partner'], country: '' });
    const again = open({ stored: '["paspoort", "diploma"]', filter: saved });
    expect((again.$('input[name="situation"][value="partner"]') as HTMLInputElement).checked).toBe(true);
    expect(again.shownItems()).toEqual(['paspoort', 'geboorteakte', 'huwelijksakte']);
    expect(again.count()).toBe('Aangevinkt: 1 van 3');
    expect(again.errors).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{not json'],
    ['a list', '["partner"]'],
    ['a situation this list does not have', '{"situations":["astronaut"],"country":""}'],
    ['a country this list does not have', '{"situations":[],"country":"atlantis"}'],
    ['null', 'null'],
  ])('drops %s and shows the whole list', (_, filter) => {
    const page = open({ filter });
    expect(page.errors).toEqual([]);
    expect(page.shownItems()).toHaveLength(4);
    expect(page.count()).toBe('Aangevinkt: 0 van 4');
    expect(page.window.localStorage.getItem(FILTER_KEY)).toBeNull();
    expect(page.$('.checklist__chosen').hidden).toBe(true);
  });

  it('still filters when the browser refuses its storage, and says so', () => {
    const page = open({ storage: 'full' });
    page.choose('input[name="situation"][value="partner"]');
    expect(page.shownItems()).toHaveLength(3);
    expect(page.shown('unsaved')).toBe(true);
    expect(page.errors).toEqual([]);
  });
});
