// Filters the testimonials in place: a filter link shows the stories with that value, marks
// itself as current and puts its own address in the address bar (the same page exists
// pre-built, so a reload or a shared link shows the same list).
const list = document.querySelector<HTMLElement>('[data-testimonials]');
if (list) {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];
  const items = [...list.querySelectorAll<HTMLLIElement>('li[data-values]')];
  const status = list.querySelector<HTMLElement>('[data-shown]');
  const apply = (link: HTMLAnchorElement) => {
    const wanted = link.dataset.filter ?? '';
    let shown = 0;
    for (const item of items) {
      const match = !wanted || (item.dataset.values ?? '').split(' ').includes(wanted);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const other of links) {
      if (other === link) other.setAttribute('aria-current', 'page');
      else other.removeAttribute('aria-current');
    }
    if (status) status.textContent = (status.dataset.shown ?? '{count}').replace('{count}', String(shown));
  };
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    apply(link);
    history.replaceState(null, '', link.href);
  });
}
