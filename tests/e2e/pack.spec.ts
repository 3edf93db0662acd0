// The starter pack's tools as their readers use them, on the small fixture site of
// tests/e2e/fixtures/pack (so editing the real content never breaks these tests): the
// checklist, the phrase guide, the brochure's chapters, and what falls back where a
// translation has gaps. The real site's pages are checked by the gates (page-gates.spec.ts).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { layoutShifts, watchLayoutShifts } from '../support/layout-shifts';
import { siteUrl } from '../support/sites';

const fixture = 'tests/e2e/fixtures/pack/content';
const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(fixture, file), 'utf8')) as T;
const items = read<{ id: string; situations: string[] }[]>('rugzak/items.json');
const phrases = read<{ id: string }[]>('taalgids/phrases.json');
const countries = read<{ id: string; languages: string[]; page: string }[]>('countries.json');
const site = () => siteUrl('pack');
// A document of the checklist and its box: the item holds the one box, which points to the
// description whose id carries the document's id.
const item = (page: Page, id: string) => page.locator(`.checklist__group li:has(#about-${id})`);
const tick = (page: Page, id: string) => page.locator(`.checklist__group input[aria-describedby="about-${id}"]`);

for (const lang of ['nl', 'ar']) {
  test.describe(`the document checklist (${lang})`, () => {
    test('keeps ticks after a reload, on this device only', async ({ page, context }) => {
      await page.goto(`${site()}/${lang}/pakket/rugzak/`);
      await expect(page.locator('.checklist__group input')).toHaveCount(items.length);
      const ticked = items.slice(0, 3).map((item) => item.id);
      for (const id of ticked) await tick(page, id).check();
      await page.reload();
      for (const id of ticked) await expect(tick(page, id)).toBeChecked();
      await expect(page.locator('.checklist__group input:checked')).toHaveCount(ticked.length);
      expect(await context.cookies()).toEqual([]);
    });

    test('a situation filter hides the documents for other situations', async ({ page }) => {
      await page.goto(`${site()}/${lang}/pakket/rugzak/`);
      await page.locator('input[name="situation"][value="kinderen"]').check();
      for (const { id, situations } of items) {
        const shown = situations.length === 0 || situations.includes('kinderen');
        await expect(item(page, id)).toBeVisible({ visible: shown });
      }
      await page.locator('input[name="situation"][value="kinderen"]').uncheck();
      await expect(page.locator('.checklist__group li:visible')).toHaveCount(items.length);
    });

    test('“print my list” prints what the screen shows: the filtered documents, ticks as ticked boxes; the filter is remembered and the count follows it', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        window.print = () => {
          (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
        };
      });
      await page.goto(`${site()}/${lang}/pakket/rugzak/`);
      // What a medium shows: each visible document with the state of its box, and the visible groups.
      const shown = async (media: 'screen' | 'print') => {
        await page.emulateMedia({ media });
        return {
          items: await page.locator('.checklist__group li:visible').evaluateAll((elements) =>
            elements.map((element) => {
              const box = element.querySelector('input')!;
              return `${box.getAttribute('aria-describedby')!.replace('about-', '')}:${box.checked}`;
            }),
          ),
          groups: await page.locator('.checklist__group:visible').count(),
        };
      };
      const partner = items.filter((item) => item.situations.length === 0 || item.situations.includes('partner'));
      const ticked = [items[0]!.id, 'diplomas'];
      for (const id of ticked) await tick(page, id).check();
      // No filter: everything, two boxes ticked, on screen and paper alike.
      const all = await shown('screen');
      expect(all.items).toHaveLength(items.length);
      expect(await shown('print')).toEqual(all);
      await page.emulateMedia({ media: 'screen' });
      await page.locator('input[name="situation"][value="partner"]').check();
      // With a filter: its documents only; a ticked document it hides is not printed either.
      const filtered = await shown('screen');
      expect(filtered.items.map((item) => item.split(':')[0])).toEqual(partner.map((item) => item.id));
      expect(filtered.items).toContain(`${items[0]!.id}:true`);
      // One of the two ticked documents is shown: "1 of 2", not "2 of 4".
      await expect(page.locator('[data-checklist-count]')).toContainText(String(partner.length));
      await expect(page.locator('[data-checklist-count]')).not.toContainText(String(items.length));
      await page.locator('[data-checklist-print]').click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      expect(await shown('print')).toEqual(filtered);
      // Paper names the situation and says what a tick means; the controls and the note on storage are not printed.
      await expect(page.locator('.checklist__chosen')).toBeVisible();
      await expect(page.locator('.checklist__meaning')).toBeVisible();
      const screenOnly = await page.locator('[data-checklist-filter], [data-checklist-tools], .site-header, .site-footer__screen').all();
      expect(screenOnly.length).toBeGreaterThanOrEqual(4);
      for (const element of screenOnly) await expect(element).toBeHidden();
      // The filter is remembered, and the count still follows it.
      await page.emulateMedia({ media: 'screen' });
      await page.reload();
      await expect(page.locator('input[name="situation"][value="partner"]')).toBeChecked();
      expect(await shown('screen')).toEqual(filtered);
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('[data-checklist-count]')).not.toContainText(String(items.length));
      await expect(page.locator('.checklist__chosen')).toBeHidden();
    });
  });
}

test('choosing the country of the documents shows its rule at each item and only its rules in the table; “all countries” puts the list back', async ({
  page,
}) => {
  await page.goto(`${site()}/ar/pakket/rugzak/`);
  const marriage = item(page, 'huwelijksakte').locator('[data-kinds]');
  const general = await marriage.textContent();
  await page.locator('input[name="country"][value="land-a"]').check();
  // The Arabic rule text of country A, with the country's Arabic name.
  await expect(marriage).toHaveText('البلد أ: أبوستيل من البلد أ.');
  await expect(page.locator('[data-country="land-a"]')).toBeVisible();
  await expect(page.locator('[data-country="land-b"]')).toBeHidden();
  await expect(page.locator('[data-country=""]')).toBeVisible();
  // Country B falls back to Dutch: the copied text keeps its lang and dir.
  await page.locator('input[name="country"][value="land-b"]').check();
  await expect(marriage.locator('span')).toHaveAttribute('lang', 'nl');
  await expect(marriage.locator('span')).toHaveAttribute('dir', 'ltr');
  await expect(item(page, 'diplomas').locator('[data-kinds]')).toContainText('Vraag de ambassade.');
  await page.locator('input[name="country"][value=""]').check();
  await expect(marriage).toHaveText(general!);
  await expect(page.locator('[data-country]:visible')).toHaveCount(3);
});

test('without JavaScript the checklist is the complete list, without the tools', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site()}/ar/pakket/rugzak/`);
  await expect(page.locator('.checklist__group li:visible')).toHaveCount(items.length);
  await expect(page.locator('[data-checklist-filter]')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.checklist__group li:visible')).toHaveCount(items.length);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-checklist-print]')).toBeHidden();
  // The whole table of rules: every country, and the rules shared by all.
  await expect(page.locator('[data-country]:visible')).toHaveCount(3);
  await context.close();
});

test('the Arabic checklist shows what is not translated in English, marked, and says so at the top', async ({ page }) => {
  await page.goto(`${site()}/ar/pakket/rugzak/`);
  await expect(page.locator('#group-opleiding')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#group-opleiding')).toHaveAttribute('dir', 'ltr');
  // A title in English is a span of its own in the label, so the box keeps the page's side.
  await expect(item(page, 'diplomas').locator('label > span')).toHaveAttribute('lang', 'en');
  await expect(item(page, 'diplomas').locator('label')).not.toHaveAttribute('lang', /./);
  await expect(item(page, 'paspoort').locator('label [lang]')).toHaveCount(0);
  await expect(page.locator('main > .notice')).toContainText('الإنجليزية');
});

/**
 * A device whose speech lists `voices` (and records what it speaks); with `listedAfterLoad`, as
 * Chrome on Android does, it lists them a moment after the page has loaded, telling the page
 * through 'voiceschanged', then sets window.voicesListed.
 */
async function withVoices(page: Page, voices: { lang: string; name: string }[], { listedAfterLoad = false } = {}) {
  await page.addInitScript(
    ({ list, later }) => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      let listed = later ? [] : list;
      const listeners: (() => void)[] = [];
      const synth = {
        getVoices: () => listed,
        speak: (utterance: { text: string }) => spoken.push(utterance.text),
        cancel: () => {},
        addEventListener: (type: string, listener: () => void) => type === 'voiceschanged' && listeners.push(listener),
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        text: string;
        voice: unknown;
        lang = '';
        rate = 1;
        constructor(text: string) {
          this.text = text;
        }
      };
      if (later)
        addEventListener('load', () =>
          setTimeout(() => {
            listed = list;
            for (const listener of listeners) listener();
            (window as unknown as { voicesListed: boolean }).voicesListed = true;
          }, 300),
        );
    },
    { list: voices, later: listedAfterLoad },
  );
}

for (const lang of ['tr', 'ar']) {
  test(`the phrase guide (${lang}) offers “listen” with a Dutch voice and speaks the Dutch`, async ({ page }) => {
    await withVoices(page, [
      { lang: 'en-US', name: 'English' },
      { lang: 'nl-BE', name: 'Vlaams' },
    ]);
    await page.goto(`${site()}/${lang}/pakket/taalgids/`);
    const buttons = page.locator('button.phrase-guide__listen');
    await expect(buttons).toHaveCount(phrases.length);
    await expect(buttons.first()).toBeVisible();
    const dutch = (await page.locator('.phrase-guide__dutch').first().textContent())?.trim();
    await expect(buttons.first()).toHaveAccessibleDescription(dutch!);
    await buttons.first().click();
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([dutch]);
  });
}

test('the phrase guide shows no listen control when the device has no Dutch voice', async ({ page }) => {
  await withVoices(page, [
    { lang: 'en-US', name: 'English' },
    { lang: 'fr-FR', name: 'Français' },
  ]);
  await page.goto(`${site()}/ru/pakket/taalgids/`);
  await expect(page.locator('.phrase-guide__dutch').first()).toBeVisible();
  await expect(page.locator('button.phrase-guide__listen:visible')).toHaveCount(0);
});

// Chrome on Android lists its voices a moment after the page: the buttons are there from the
// first paint and stay, so the phrases do not move; a device that lists none loses them.
test('on a phone whose Dutch voice is listed after the page, the listen buttons are there from the start and nothing moves', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await watchLayoutShifts(page);
  await withVoices(page, [{ lang: 'nl-BE', name: 'Vlaams' }], { listedAfterLoad: true });
  await page.goto(`${site()}/ru/pakket/taalgids/`);
  await expect(page.locator('button.phrase-guide__listen').first()).toBeVisible();
  await page.waitForFunction(() => (window as unknown as { voicesListed?: boolean }).voicesListed);
  await expect(page.locator('button.phrase-guide__listen:visible')).toHaveCount(phrases.length);
  expect((await layoutShifts(page)).total).toBeLessThan(0.01);
});

test('a device that lists no voice at all loses the listen buttons after a few seconds', async ({ page }) => {
  await withVoices(page, [], { listedAfterLoad: true });
  await page.goto(`${site()}/ru/pakket/taalgids/`);
  await expect(page.locator('button.phrase-guide__listen:visible')).toHaveCount(0, { timeout: 6000 });
  await expect(page.locator('[data-listen-note]')).toBeHidden();
});

test('the phrase guide gives a pronunciation aid in the reader’s script', async ({ page }) => {
  for (const [lang, script] of [
    ['ar', /\p{Script=Arabic}/u],
    ['ru', /\p{Script=Cyrillic}/u],
    ['tr', /\p{Script=Latin}/u],
  ] as const) {
    await page.goto(`${site()}/${lang}/pakket/taalgids/`);
    const say = await page.locator('.phrase-guide__say').first().textContent();
    expect(say, lang).toMatch(script);
    await expect(page.locator('.phrase-guide__dutch [lang]').first()).toHaveAttribute('lang', 'nl');
  }
});

test('a phrase missing in Arabic shows its English meaning left-to-right, and the notice names English', async ({ page }) => {
  await page.goto(`${site()}/ar/pakket/taalgids/`);
  const missing = page.locator('#theme-dokter').locator('..').locator('.phrase-guide__meaning');
  await expect(missing).toHaveText('I am ill.');
  await expect(missing).toHaveAttribute('lang', 'en');
  await expect(missing).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('main > .notice')).toContainText('الإنجليزية');
});

test('the pack, its parts and the chapters are reachable from the home page, with PDFs linked', async ({ page }) => {
  for (const lang of ['ar', 'tr']) {
    await page.goto(`${site()}/${lang}/`);
    await page.locator(`main a[href="/${lang}/pakket/"]`).click();
    await expect(page.locator('.pack-path li').first()).toBeVisible();
    for (const part of ['brochure', 'taalgids', 'rugzak']) await expect(page.locator(`main a[href="/${lang}/pakket/${part}/"]`)).toHaveCount(1);
    for (const pdf of ['pakket-brochure.pdf', 'pakket-taalgids.pdf', 'pakket-rugzak.pdf'])
      await expect(page.locator(`main a[href="/downloads/${lang}/${pdf}"]`)).toHaveCount(1);
    await page.locator(`main a[href="/${lang}/pakket/brochure/"]`).click();
    await page.locator(`main a[href="/${lang}/pakket/brochure/een/"]`).click();
    await expect(page.locator('.key-words dt [lang]').first()).toHaveAttribute('lang', 'nl');
    await expect(page.locator('.illustration img')).toHaveAttribute('alt', /\S/);
    await page.locator(`a[rel="next"][href="/${lang}/pakket/brochure/twee/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/pakket/brochure/twee/$`));
  }
});

test('the whole brochure on one page keeps every id unique and links in the reader’s language', async ({ page }) => {
  await page.goto(`${site()}/tr/pakket/brochure/alles/`);
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  // The Dutch fallback text links to /nl/…; a Turkish reader stays in Turkish.
  await expect(page.locator('article a[href="/tr/pakket/brochure/twee/"]')).toHaveCount(1);
  await expect(page.locator('article a[href^="/nl/"]')).toHaveCount(0);
});

test('the consulates’ short links lead to the pack in the country’s languages and Dutch', async ({ page }) => {
  for (const country of countries) {
    await page.goto(`${site()}/${country.id}/`);
    for (const lang of [...country.languages, 'nl']) {
      await expect(page.locator(`section[lang="${lang}"] a[href="/${lang}/${country.page}/"]`)).toBeVisible();
    }
  }
});
