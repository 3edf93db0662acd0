// Answers the checker in place: an option shows the next step on the same page, moves the
// focus to its heading, and puts the step's own address in the location bar (the same
// address works without JavaScript, as a page of its own). Back and forward follow the steps.
for (const flow of document.querySelectorAll<HTMLElement>('[data-flow]')) {
  const steps = [...flow.querySelectorAll<HTMLElement>('[data-step]')];
  const byPath = new Map(steps.map((step) => [step.dataset['step']!, step]));
  const start = flow.dataset['flow']!;

  const show = (path: string, focus: boolean) => {
    const target = byPath.get(path) ?? byPath.get(start)!;
    for (const step of steps) step.hidden = step !== target;
    if (focus) target.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  };

  flow.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const path = new URL(link.href).pathname;
    if (!byPath.has(path)) return;
    event.preventDefault();
    history.pushState({ step: path }, '', path);
    show(path, true);
  });

  addEventListener('popstate', () => show(location.pathname, true));
}
