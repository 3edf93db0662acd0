// The checklist's interaction: filter by situation, the country the documents come from
// (each item then shows that country's rule, copied from the table of rules with its lang and
// dir; the table shows only that country), ticks kept in localStorage (only once the reader
// ticks something), the filter kept likewise (only once the reader chooses), a count of the
// ticked documents among those shown, and "print my list": paper shows what the screen shows
// (the documents the filter shows, ticked boxes ticked, the chosen situation named). Storage is
// the reader's browser's and may hold anything or refuse us: a value that is not our list of
// ids starts the list afresh (and says so), a filter we cannot read is dropped, a browser that
// keeps nothing (blocked site data, a full quota) still lets the reader tick and filter,
// without saving; it says so.
const STORAGE_KEY = 'migreren-naar-vlaanderen:rugzak';
const FILTER_KEY = 'migreren-naar-vlaanderen:rugzak-filter';

const root = document.querySelector<HTMLElement>('[data-checklist]');
if (root) {
  const filter = root.querySelector<HTMLFormElement>('[data-checklist-filter]')!;
  const tools = root.querySelector<HTMLElement>('[data-checklist-tools]')!;
  const count = root.querySelector<HTMLElement>('[data-checklist-count]')!;
  // The markup is lean (it is repeated for every item): each document is an <li> of a group,
  // its box the one input in it, described by the element "about-<the document's id>".
  const groups = [...root.querySelectorAll<HTMLElement>('.checklist__group')].map((group) => ({
    group,
    items: [...group.querySelectorAll<HTMLElement>('li')],
  }));
  const items = groups.flatMap((group) => group.items);
  const ticks = items.map((item) => item.querySelector<HTMLInputElement>('input')!);
  /** The document's id, as stored. */
  const idOf = (tick: HTMLInputElement) => (tick.getAttribute('aria-describedby') ?? '').slice('about-'.length);
  const countries = [...root.querySelectorAll<HTMLElement>('[data-country]')];
  // On paper, the situations chosen (the filter itself is not printed): a line made here, so
  // the page without JavaScript carries no byte of it.
  const chosenLine = document.createElement('p');
  const chosenNames = document.createElement('b');
  const legend = filter.querySelector('legend')!;
  const chosenLabel = document.createElement('span');
  chosenLabel.textContent = legend.textContent?.trim() ?? '';
  for (const attribute of ['lang', 'dir']) if (legend.hasAttribute(attribute)) chosenLabel.setAttribute(attribute, legend.getAttribute(attribute)!);
  chosenLine.className = 'checklist__chosen';
  chosenLine.hidden = true;
  chosenLine.append(chosenLabel, ': ', chosenNames);
  tools.after(chosenLine);
  const situationBoxes = [...filter.querySelectorAll<HTMLInputElement>('input[name="situation"]')];
  const countryRadios = [...filter.querySelectorAll<HTMLInputElement>('input[name="country"]')];
  // Each item's rule line as it is without a country, to put back when none is chosen.
  const ruleLines = items.flatMap((item) => [...item.querySelectorAll<HTMLElement>('[data-kinds]')]).map((line) => ({ line, general: [...line.childNodes] }));

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
    // The count follows the filter: the ticked documents among those shown.
    let ticked = 0;
    let shown = 0;
    for (const [index, item] of items.entries()) {
      const tick = ticks[index]!;
      const situations = (item.dataset.situations ?? '').split(' ').filter(Boolean);
      // An item for everyone has no situations; it is always shown.
      item.hidden = chosen.length > 0 && situations.length > 0 && !situations.some((situation) => chosen.includes(situation));
      item.classList.toggle('is-ticked', tick.checked);
      if (!item.hidden) shown += 1;
      if (tick.checked && !item.hidden) ticked += 1;
    }
    for (const { group, items: inGroup } of groups) group.hidden = inGroup.every((item) => item.hidden);
    count.textContent = (count.dataset.template ?? '').replace('{count}', String(ticked)).replace('{total}', String(shown));
    const names = situationBoxes.filter((box) => box.checked).map((box) => box.parentElement?.textContent?.trim() ?? '');
    chosenLine.hidden = names.length === 0;
    chosenNames.textContent = names.join(', ');
  }

  /** The filter saved before, if it is one this list knows; anything else is dropped. */
  const savedFilter = (): { situations: string[]; country: string } | undefined => {
    const raw = store((storage) => storage.getItem(FILTER_KEY));
    if (raw === REFUSED || raw === null) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const { situations, country } = value as Record<string, unknown>;
        const known = situationBoxes.map((box) => box.value);
        if (
          Array.isArray(situations) &&
          situations.every((id) => typeof id === 'string' && known.includes(id)) &&
          typeof country === 'string' &&
          countryRadios.some((radio) => radio.value === country)
        )
          return { situations, country };
      }
    } catch {
      // Not JSON: dropped below like any other value that is not a filter of this list.
    }
    store((storage) => storage.removeItem(FILTER_KEY));
    return undefined;
  };

  const saveFilter = () => {
    const form = new FormData(filter);
    const value = JSON.stringify({ situations: form.getAll('situation').map(String), country: String(form.get('country') ?? '') });
    if (store((storage) => storage.setItem(FILTER_KEY, value)) === REFUSED) tell('unsaved');
  };

  const remembered = new Set(saved());
  for (const tick of ticks) tick.checked = remembered.has(idOf(tick));
  const lastFilter = savedFilter();
  if (lastFilter) {
    for (const box of situationBoxes) box.checked = lastFilter.situations.includes(box.value);
    for (const radio of countryRadios) radio.checked = radio.value === lastFilter.country;
  }

  root.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (ticks.includes(target)) {
      const list = JSON.stringify(ticks.filter((tick) => tick.checked).map(idOf));
      tell('unsaved', store((storage) => storage.setItem(STORAGE_KEY, list)) === REFUSED);
    } else if (target.name === 'situation' || target.name === 'country') saveFilter();
    render();
  });

  root.querySelector('[data-checklist-clear]')!.addEventListener('click', () => {
    for (const tick of ticks) tick.checked = false;
    store((storage) => storage.removeItem(STORAGE_KEY));
    render();
  });

  // Paper shows what the screen shows: the print styles leave out only the controls.
  root.querySelector('[data-checklist-print]')!.addEventListener('click', () => window.print());

  render();
}
