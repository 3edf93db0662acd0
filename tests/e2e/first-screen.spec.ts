// The useful part on the first screen of a phone (issue 13): the built site in Chromium at
// 360×640, with JavaScript (the checklist's filter needs it) and a Dutch voice on the device
// (so the phrase guide's "Listen" buttons show, as on most phones). It prints every position it
// measures, in CSS px from the top of the page, and fails when one is out of bounds:
// - the header (site name, search, language, menu) within a quarter of the screen, less a margin,
//   in every language;
// - /<lang>/pakket/: the links to the pack's three parts within the first screen;
// - /<lang>/pakket/taalgids/: the themes as a jump list within the first screen, the first phrase
//   within two, the "Listen" button never narrowing the phrase text;
// - /<lang>/pakket/rugzak/: the filter within two screens;
// - on both tools' pages the tool comes before the page's explanations (its text's first heading).
// One browser page for every visit; the real content, since its lengths are what is measured.
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales';

const SCREEN = { width: 360, height: 640 };
/** A quarter of the screen, less 16 px kept free: a longer name or menu must not reach the limit. */
const HEADER_MAX = SCREEN.height / 4 - 16;
const MEASURED = ['ar', 'ru', 'bg'];
const PARTS = ['pakket/brochure', 'pakket/taalgids', 'pakket/rugzak'];

/** Top and bottom of the first element matching `selector`, from the top of the page, or null. */
const box = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element || !(element as HTMLElement).offsetParent) return null;
    const rect = element.getBoundingClientRect();
    return { top: Math.round(rect.top + scrollY), bottom: Math.round(rect.bottom + scrollY), width: Math.round(rect.width) };
  }, selector);

test('at 360×640 the header is small and the pack, phrase guide and checklist show what readers came for first', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(SCREEN);
  // A device with a Belgian Dutch voice: listen.ts then shows a "Listen" button at every phrase.
  await page.addInitScript(() => {
    const voice = { lang: 'nl-BE', name: 'Test', default: true, localService: true, voiceURI: 'test' };
    Object.defineProperty(window, 'speechSynthesis', {
      value: { getVoices: () => [voice], addEventListener() {}, cancel() {}, speak() {} },
    });
  });
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };

  for (const { code: lang } of locales) {
    await page.goto(`/${lang}/pakket/`);
    const header = (await box(page, 'body > header'))!;
    const measured = MEASURED.includes(lang);
    const parts = measured ? await Promise.all(PARTS.map((part) => box(page, `main a[href="/${lang}/${part}/"]`))) : [];
    console.log(
      `${lang} /pakket/: header ends at ${header.bottom} (at most ${HEADER_MAX})${measured ? `; parts ${parts.map((part) => part?.bottom).join(', ')} (bottom, at most ${SCREEN.height})` : ''}`,
    );
    check(header.bottom <= HEADER_MAX, `${lang}: the header ends at ${header.bottom} px, over ${HEADER_MAX}`);
    parts.forEach((part, index) =>
      check(part !== null && part.bottom <= SCREEN.height, `${lang}: the link to ${PARTS[index]} ends at ${part?.bottom} px, past the first screen`),
    );
    if (!measured) continue;

    await page.goto(`/${lang}/pakket/taalgids/`);
    const themes = await box(page, '.phrase-guide__themes');
    const jumps = await page.locator('.phrase-guide__themes a').count();
    const phrase = await box(page, '.phrase-guide__list li');
    const text = await box(page, '.prose > h2');
    await expect(page.locator('.phrase-guide__listen').first()).toBeVisible();
    // Every phrase's text as wide as its row: the button sits under it, not beside it.
    const squeezed = await page
      .locator('.phrase-guide__list li')
      .evaluateAll((items) =>
        items
          .filter((item) => [...item.querySelectorAll('p')].some((line) => line.getBoundingClientRect().width < item.clientWidth - 1))
          .map((item) => item.querySelector('p')!.textContent!.trim()),
      );
    console.log(
      `${lang} /pakket/taalgids/: jump list ${themes?.top}–${themes?.bottom} (${jumps} links), first phrase ${phrase?.top}, text's first heading ${text?.top}, ${squeezed.length} phrases narrowed by "Listen"`,
    );
    check(
      themes !== null && themes.top < SCREEN.height && jumps >= 2,
      `${lang}: the themes' jump list starts at ${themes?.top} px with ${jumps} links, not on the first screen`,
    );
    check(phrase !== null && phrase.top < 2 * SCREEN.height, `${lang}: the first phrase is at ${phrase?.top} px, past two screens`);
    check(
      text === null || (phrase !== null && phrase.top < text.top),
      `${lang}: the phrase guide's explanations (${text?.top} px) come before its phrases (${phrase?.top} px)`,
    );
    check(squeezed.length === 0, `${lang}: "Listen" narrows ${squeezed.length} phrases, e.g. ${squeezed[0]}`);

    await page.goto(`/${lang}/pakket/rugzak/`);
    const filter = await box(page, '.checklist__filter');
    const checklistText = await box(page, '.prose > h2');
    console.log(`${lang} /pakket/rugzak/: filter ${filter?.top}, text's first heading ${checklistText?.top}`);
    check(filter !== null && filter.top < 2 * SCREEN.height, `${lang}: the checklist's filter is at ${filter?.top} px, past two screens (or not shown)`);
    check(
      checklistText === null || (filter !== null && filter.top < checklistText.top),
      `${lang}: the checklist's explanations (${checklistText?.top} px) come before its filter`,
    );
  }
  expect(problems).toEqual([]);
});
