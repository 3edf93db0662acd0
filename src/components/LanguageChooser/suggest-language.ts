// Points out the language the browser asks for, as a button above the list (in the room kept for it).
// It never redirects and stores nothing: the reader decides.
const box = document.querySelector<HTMLElement>('[data-language-suggestion]');
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-suggestion]')];

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

const match = navigator.languages
  .map((tag) => links.find((link) => link.hreflang === tag) ?? links.find((link) => primary(link.hreflang) === primary(tag)))
  .find(Boolean);

if (box && match) {
  const suggestion = document.createElement('a');
  suggestion.href = match.href;
  suggestion.hreflang = match.hreflang;
  suggestion.lang = match.hreflang;
  const item = match.closest('li');
  if (item?.dir) suggestion.dir = item.dir;
  suggestion.textContent = match.dataset.suggestion ?? '';
  box.append(suggestion);
} else if (box) {
  // No language of the site among the browser's: the room kept for a suggestion is given back.
  box.hidden = true;
}
