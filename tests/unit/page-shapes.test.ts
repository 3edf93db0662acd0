// The page gates run axe once per page shape (tests/support/page-shapes.ts): a shape must
// ignore words and repeated siblings, and must tell apart anything axe reads.
import { describe, expect, it } from 'vitest';
import { onePagePerShape, pageShape } from '../support/page-shapes';

const page = (main: string, lang = 'nl') =>
  `<!doctype html><html lang="${lang}"><head><meta name="viewport" content="width=device-width"><title>T</title></head><body><main>${main}</main></body></html>`;

describe('pageShape', () => {
  it('is the same for translations and for lists of different lengths', () => {
    const dutch = page('<h1>Welkom</h1><p>Een.</p><ul><li><a href="/nl/a/">A</a></li></ul><img src="/x.png" alt="Een kaart">');
    const turkish = page(
      '<h1>Hoş geldiniz</h1><p>Bir.</p><ul><li><a href="/tr/a/">A</a></li><li><a href="/tr/b/">B</a></li></ul><img src="/x.png" alt="Bir harita">',
      'tr',
    );
    expect(pageShape(turkish)).toBe(pageShape(dutch));
  });
  it('is the same for lists of cards with other pictures, in another order', () => {
    const card = (name: string, picture = true) => `<li>${picture ? `<img src="/_astro/${name}.webp" alt="${name}" loading="lazy">` : ''}<h3>${name}</h3></li>`;
    const werk = page(`<ul>${card('olga')}${card('ama', false)}${card('elif')}</ul>`);
    const school = page(`<ul>${card('lucia')}${card('karim')}${card('daniel', false)}</ul>`);
    expect(pageShape(school)).toBe(pageShape(werk));
  });
  it('is the same whichever language of the switcher is current, with Dutch terms marked in the text', () => {
    const switcher = (current: number) =>
      `<form action="/${current}/zoeken/" role="search"></form><ul>${[0, 1, 2].map((i) => `<li><a href="/${i}/" hreflang="x" lang="x"${i === current ? ' aria-current="true"' : ''}>${i}</a></li>`).join('')}</ul>`;
    const dutch = page(`${switcher(0)}<p>Het inburgeringsattest.</p>`);
    const russian = page(`${switcher(2)}<p>Сертификат <span lang="nl">inburgeringsattest</span>.</p>`, 'ru');
    expect(pageShape(russian)).toBe(pageShape(dutch));
  });
  it('keeps a marked span that carries more than its language', () => {
    const plain = page('<p>Het <span lang="nl">attest</span>.</p>');
    expect(pageShape(plain.replace('<span lang="nl">', '<span lang="nl" class="dim">'))).not.toBe(pageShape(plain));
  });
  const reference = '<img src="/x.png" alt="Een kaart"><a href="/a/">A</a><p>Een.</p><button aria-expanded="false">Open</button>';
  it.each([
    ['an image without alt', '<img src="/x.png" alt="Een kaart">', '<img src="/x.png">'],
    ['an empty alt', '<img src="/x.png" alt="Een kaart">', '<img src="/x.png" alt="">'],
    ['a link without text', '<a href="/a/">A</a>', '<a href="/a/"></a>'],
    ['another class (another colour)', '<p>Een.</p>', '<p class="dim">Een.</p>'],
    ['a link to another host', '<a href="/a/">A</a>', '<a href="https://example.com/">A</a>'],
    ['a right-to-left part', '<p>Een.</p>', '<p dir="rtl">Een.</p>'],
    ['an ARIA state', 'aria-expanded="false"', 'aria-expanded="true"'],
    ['a paragraph that became a heading', '<p>Een.</p>', '<h2>Een.</h2>'],
  ])('differs for %s', (_case, from, to) => {
    const changed = reference.replace(from, to);
    expect(changed).not.toBe(reference);
    expect(pageShape(page(changed))).not.toBe(pageShape(page(reference)));
  });
  it('differs for a viewport that blocks zooming', () => {
    const zoomable = page('<p>Een.</p>');
    expect(pageShape(zoomable.replace('width=device-width', 'width=device-width, user-scalable=no'))).not.toBe(pageShape(zoomable));
  });
});

describe('onePagePerShape', () => {
  it('keeps the first page of each shape, in the order given', () => {
    const chosen = onePagePerShape([
      { path: '/nl/a/', html: page('<p>Een.</p>') },
      { path: '/tr/a/', html: page('<p>Bir.</p>', 'tr') },
      { path: '/nl/b/', html: page('<img src="/x.png">') },
    ]);
    expect([...chosen]).toEqual(['/nl/a/', '/nl/b/']);
  });
});
