// Keyboard: every interactive element of each page type is reached with Tab, in order, and
// shows a visible focus indicator (WCAG 2.1.1, 2.4.7).
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/marokko/', '/nl/', '/nl/pakket/', '/nl/pakket/brochure/werk-en-diploma/', '/nl/pakket/taalgids/', '/nl/pakket/rugzak/', '/nl/bestaat-niet/', '/ar/', '/ar/pakket/rugzak/', '/ru/pakket/brochure/inburgering/'];

for (const path of PAGES) {
  test(`keyboard reaches every control with a visible focus: ${path}`, async ({ page }) => {
    await page.goto(path);
    const focusable = await page.evaluate(() => {
      const selector = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, audio[controls], [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.checkVisibility({ visibilityProperty: true }) && element.getClientRects().length > 0)
        .map((element, index) => {
          element.dataset.keyboardIndex = String(index);
          return index;
        });
    });
    const reached: number[] = [];
    const withoutFocusStyle: string[] = [];
    for (let press = 0; press < focusable.length + 5; press++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        // The indicator is on the element itself, or on the card around it (up to 3 levels up).
        const indicated = (candidate: Element) => {
          const style = getComputedStyle(candidate);
          return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        };
        let visible = false;
        for (let candidate: Element | null = element, level = 0; candidate && level < 4 && !visible; candidate = candidate.parentElement, level++) visible = indicated(candidate);
        return { index: element.dataset.keyboardIndex, visible, name: `${element.tagName} ${element.textContent?.trim().slice(0, 30)}` };
      });
      if (!focused || focused.index === undefined) continue;
      const index = Number(focused.index);
      if (reached.includes(index)) break;
      reached.push(index);
      if (!focused.visible) withoutFocusStyle.push(focused.name);
    }
    expect(reached.sort((a, b) => a - b)).toEqual(focusable);
    expect(withoutFocusStyle).toEqual([]);
  });
}
