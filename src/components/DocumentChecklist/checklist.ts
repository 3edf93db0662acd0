// The checklist's interaction: filter by situation, the country the documents come from
// (each item then shows that country's rule, copied from the table of rules with its lang and
// dir; the table shows only that country), ticks kept in localStorage (only once the reader
// ticks something), and "print my list". The country is not stored. Storage is the reader's
// browser's and may hold anything or refuse us: a value that is not our list of ids starts the
// list afresh, a browser that keeps nothing (blocked site data, a full quota) still lets the
// reader tick, without saving; either way the reader is told.
const STORAGE_KEY = 'migreren-naar-vlaanderen:rugzak';

const root = document.querySelector<HTMLElement>('[data-checklist]');
if (root) {
  const filter = root.querySelector<HTMLFormElement>('[data-checklist-filter]')!;
  const tools = root.querySelector<HTMLElement>('[data-checklist-tools]')!;
  const count = root.querySelector<HTMLElement>('[data-checklist-count]')!;
  const items = [...root.querySelectorAll<HTMLElement>('.checklist__item')];
  const ticks = [...root.querySelectorAll<HTMLInputElement>('[data-tick]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];
  const countries = [...root.querySelectorAll<HTMLElement>('[data-country]')];
  // Each item's rule line as it is without a country, to put back when none is chosen.
  const ruleLines = [...root.querySelectorAll<HTMLElement>('.checklist__rule')].map((line) => ({ line, general: [...line.childNodes] }));

  function showCountry(country: string): void {
    for (const block of countries) block.hidden = country !== '' && block.dataset.country !== '' && block.dataset.country !== country;
    const name = countries.find((block) => block.dataset.country === country)?.querySelector('h3');
    for (const { line, general } of ruleLines) {
      if (!country || !name) {
        line.replaceChildren(...general);
        continue;
      }
      const rules = (line.dataset.kinds ?? '').split(' ').flatMap((kind) => {
        const rule = countries
          .filter((block) => !block.hidden)
          .map((block) => block.querySelector<HTMLElement>(`dd[data-kinds~="${kind}"]`))
          .find(Boolean);
        return rule ? [rule] : [];
      });
      const label = document.createElement('strong');
      label.append(name.textContent ?? '', ':');
      for (const attribute of ['lang', 'dir']) if (name.hasAttribute(attribute)) label.setAttribute(attribute, name.getAttribute(attribute)!);
      line.replaceChildren(
        label,
        ...[...new Set(rules)].map((rule) => {
          const text = document.createElement('span');
          text.textContent = ` ${rule.textContent?.trim() ?? ''}`;
          for (const attribute of ['lang', 'dir']) if (rule.hasAttribute(attribute)) text.setAttribute(attribute, rule.getAttribute(attribute)!);
          return text;
        }),
      );
    }
  }

  /** Shows (or hides again) one of the messages about storage. */
  const tell = (problem: 'reset' | 'unsaved', shown = true) => {
    const message = root.querySelector<HTMLElement>(`[data-checklist-problem="${problem}"]`);
    if (message) message.hidden = !shown;
  };

  /** Runs a storage operation; REFUSED when the browser refuses (site data blocked, quota full). */
  const REFUSED = Symbol('refused');
  const store = <T>(operation: (storage: Storage) => T): T | typeof REFUSED => {
    try {
      return operation(window.localStorage);
    } catch {
      return REFUSED;
    }
  };

  /** The ids saved before; anything else in the key (old formats, garbage) starts afresh. */
  const saved = (): string[] => {
    const raw = store((storage) => storage.getItem(STORAGE_KEY));
    if (raw === REFUSED) {
      tell('unsaved');
      return [];
    }
    if (raw === null) return [];
    try {
      const value: unknown = JSON.parse(raw);
      if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return value;
    } catch {
      // Not JSON: handled below like any other value that is not a list of ids.
    }
    tell('reset');
    store((storage) => storage.removeItem(STORAGE_KEY));
    return [];
  };

  function render(): void {
    const form = new FormData(filter);
    const chosen = form.getAll('situation').map(String);
    showCountry(String(form.get('country') ?? ''));
    let ticked = 0;
    for (const item of items) {
      const tick = item.querySelector<HTMLInputElement>('[data-tick]')!;
      const situations = (item.dataset.situations ?? '').split(' ').filter(Boolean);
      // An item for everyone has no situations; it is always shown.
      item.hidden = chosen.length > 0 && situations.length > 0 && !situations.some((situation) => chosen.includes(situation));
      item.classList.toggle('is-ticked', tick.checked);
      if (tick.checked) ticked += 1;
    }
    for (const group of groups) {
      group.hidden = [...group.querySelectorAll<HTMLElement>('.checklist__item')].every((item) => item.hidden);
      group.classList.toggle('has-ticked', group.querySelector('.is-ticked') !== null);
    }
    count.textContent = (count.dataset.template ?? '').replace('{count}', String(ticked)).replace('{total}', String(ticks.length));
  }

  const remembered = new Set(saved());
  for (const tick of ticks) tick.checked = remembered.has(tick.dataset.tick ?? '');

  root.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset.tick) {
      const list = JSON.stringify(ticks.filter((tick) => tick.checked).map((tick) => tick.dataset.tick));
      tell('unsaved', store((storage) => storage.setItem(STORAGE_KEY, list)) === REFUSED);
    }
    render();
  });

  root.querySelector('[data-checklist-clear]')!.addEventListener('click', () => {
    for (const tick of ticks) tick.checked = false;
    store((storage) => storage.removeItem(STORAGE_KEY));
    render();
  });

  root.querySelector('[data-checklist-print]')!.addEventListener('click', () => {
    // With nothing ticked, "my list" is the whole list.
    if (ticks.some((tick) => tick.checked)) document.documentElement.classList.add('print-ticked');
    window.print();
  });
  window.addEventListener('afterprint', () => document.documentElement.classList.remove('print-ticked'));

  filter.hidden = false;
  tools.hidden = false;
  render();
}
