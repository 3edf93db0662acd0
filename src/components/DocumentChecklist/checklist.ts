// The checklist's interaction: filter by situation, ticks kept in localStorage (only once
// the reader ticks something), and "print my list".
const STORAGE_KEY = 'migreren-naar-vlaanderen:rugzak';

const root = document.querySelector<HTMLElement>('[data-checklist]');
if (root) {
  const filter = root.querySelector<HTMLFormElement>('[data-checklist-filter]')!;
  const tools = root.querySelector<HTMLElement>('[data-checklist-tools]')!;
  const count = root.querySelector<HTMLElement>('[data-checklist-count]')!;
  const items = [...root.querySelectorAll<HTMLElement>('[data-item]')];
  const ticks = [...root.querySelectorAll<HTMLInputElement>('[data-tick]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];

  const saved = (): string[] => {
    try {
      return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    } catch {
      return [];
    }
  };

  function render(): void {
    const chosen = new FormData(filter).getAll('situation').map(String);
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
      group.hidden = [...group.querySelectorAll<HTMLElement>('[data-item]')].every((item) => item.hidden);
      group.classList.toggle('has-ticked', group.querySelector('.is-ticked') !== null);
    }
    count.textContent = (count.dataset.template ?? '').replace('{count}', String(ticked)).replace('{total}', String(ticks.length));
  }

  const remembered = new Set(saved());
  for (const tick of ticks) tick.checked = remembered.has(tick.dataset.tick ?? '');

  root.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset.tick) {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(ticks.filter((tick) => tick.checked).map((tick) => tick.dataset.tick)));
    }
    render();
  });

  root.querySelector('[data-checklist-clear]')!.addEventListener('click', () => {
    for (const tick of ticks) tick.checked = false;
    localStorage.removeItem(STORAGE_KEY);
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
