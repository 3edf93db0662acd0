// Walks a page with the Tab key as a keyboard user does, opening each closed disclosure
// (<details>, such as the language switcher) with Enter when its summary has focus.
// Reports the controls in page order, the controls in the order Tab reached them, and those
// whose focus changes nothing visible.
import type { Page } from '@playwright/test';

export interface KeyboardWalk {
  /** Every visible control, with every disclosure open, in page (DOM) order. */
  expected: string[];
  /** The controls as Tab reached them, in that order. */
  reached: string[];
  /** Reached controls whose computed style did not visibly change on focus. */
  withoutVisibleFocus: string[];
}

export async function walkKeyboard(page: Page): Promise<KeyboardWalk> {
  const expected = await page.evaluate(() => {
    const closed = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
    for (const details of closed) details.open = true;
    const selector = 'a[href], button, input, select, textarea, summary, audio[controls], video[controls], [tabindex]';
    // A group of radio buttons is one Tab stop (the arrow keys move inside it): its checked
    // button, or its first when none is checked.
    const isTabStop = (element: HTMLElement) => {
      if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || !element.name) return true;
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(element.name)}"]`)].filter(
        (radio) => radio.form === element.form,
      );
      return element === (group.find((radio) => radio.checked) ?? group[0]);
    };
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        element.checkVisibility({ visibilityProperty: true }) &&
        element.getClientRects().length > 0 &&
        isTabStop(element),
    );
    const counts = new Map<string, number>();
    const labels = controls.map((element, index) => {
      element.dataset.keyboardIndex = String(index);
      const hreflang = element.getAttribute('hreflang');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) || element.getAttribute('name') || element.id;
      const label = `${element.tagName.toLowerCase()}${hreflang ? `[hreflang=${hreflang}]` : ''} "${text}"`;
      // Labels are compared as strings, so a second link with the same text gets a number.
      counts.set(label, (counts.get(label) ?? 0) + 1);
      return counts.get(label)! > 1 ? `${label} (${counts.get(label)})` : label;
    });
    for (const details of closed) details.open = false;
    return labels;
  });

  // The styles that can show focus, of a control and of the three elements around it (a card
  // may show the focus of its link). Recorded unfocused for every control visible now.
  const snapshotUnfocused = () =>
    page.evaluate(() => {
      const w = window as unknown as { __focusStyle(element: Element): string; __unfocused: Map<string, string> };
      // Only what is drawn counts: an outline-offset change under `outline: none` shows nothing.
      w.__focusStyle ??= (element: Element) => {
        const chain: string[] = [];
        for (let node: Element | null = element, level = 0; node && level < 4; node = node.parentElement, level++) {
          const style = getComputedStyle(node);
          const drawn = (line: string, width: string, color: string, rest: string) =>
            line === 'none' || line === 'hidden' || parseFloat(width) === 0 || color === 'rgba(0, 0, 0, 0)' ? 'none' : `${line} ${width} ${color} ${rest}`;
          chain.push(
            [
              drawn(style.outlineStyle, style.outlineWidth, style.outlineColor, style.outlineOffset),
              style.boxShadow,
              ...(['top', 'right', 'bottom', 'left'] as const).map((side) =>
                drawn(
                  style.getPropertyValue(`border-${side}-style`),
                  style.getPropertyValue(`border-${side}-width`),
                  style.getPropertyValue(`border-${side}-color`),
                  '',
                ),
              ),
              style.backgroundColor,
              style.backgroundImage,
              drawn(style.textDecorationLine, '1', style.textDecorationColor, `${style.textDecorationStyle} ${style.textDecorationThickness}`),
              style.color,
            ].join(';'),
          );
        }
        return chain.join('|');
      };
      w.__unfocused ??= new Map();
      for (const element of document.querySelectorAll<HTMLElement>('[data-keyboard-index]')) {
        const index = element.dataset.keyboardIndex!;
        if (!w.__unfocused.has(index) && element.checkVisibility({ visibilityProperty: true })) w.__unfocused.set(index, w.__focusStyle(element));
      }
    });
  await snapshotUnfocused();

  const reached: string[] = [];
  const seen = new Set<string>();
  const withoutVisibleFocus: string[] = [];
  for (let press = 0; press < expected.length + 5; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const w = window as unknown as { __focusStyle(element: Element): string; __unfocused: Map<string, string> };
      const index = element.dataset.keyboardIndex;
      const changed = index !== undefined && w.__unfocused.get(index) !== w.__focusStyle(element);
      const closedSummary = element.tagName === 'SUMMARY' && !(element.parentElement as HTMLDetailsElement).open;
      return { index, changed, closedSummary, tag: element.tagName.toLowerCase() };
    });
    if (!focused) continue;
    const key = focused.index ?? `unlisted ${press}`;
    if (seen.has(key)) break;
    seen.add(key);
    const label = focused.index === undefined ? `${focused.tag} (not a visible control)` : expected[Number(focused.index)]!;
    reached.push(label);
    if (!focused.changed) withoutVisibleFocus.push(label);
    if (focused.closedSummary) {
      await page.keyboard.press('Enter');
      await snapshotUnfocused();
    }
  }
  return { expected, reached, withoutVisibleFocus };
}

/** The keyboard gates' findings for one walk: wrong order, not reached, no visible focus. */
export function keyboardFindings(walk: KeyboardWalk) {
  const inBoth = walk.reached.filter((label) => walk.expected.includes(label));
  const inPageOrder = walk.expected.filter((label) => inBoth.includes(label));
  return {
    order: inBoth.join() === inPageOrder.join() ? [] : [`Tab reaches ${inBoth.join(', ')}; the page has ${inPageOrder.join(', ')}`],
    reach: [
      ...walk.expected.filter((label) => !walk.reached.includes(label)).map((label) => `never reached: ${label}`),
      ...walk.reached.filter((label) => !walk.expected.includes(label)).map((label) => `focus lands on ${label}`),
    ],
    focus: walk.withoutVisibleFocus.map((label) => `no visible focus on ${label}`),
  };
}
