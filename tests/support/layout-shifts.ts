// Layout shifts in a page as Chrome counts them (the layout-shift entries the reader did not
// cause): their sum and what moved. Used by the page gates (audit.ts) and by tests of a script
// that changes a page after it is shown (the phrase guide's voices).
import type { Page } from '@playwright/test';

export interface LayoutShifts {
  total: number;
  /** Each moved element as tag.class. */
  moved: string[];
}

/** Call before the page is opened: from then on every document of `page` counts its shifts. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
    const shifts = { total: 0, moved: [] as string[] };
    const add = (entries: PerformanceEntryList) => {
      for (const entry of entries as Shift[]) {
        if (entry.hadRecentInput) continue;
        shifts.total += entry.value;
        for (const { node } of entry.sources) {
          const element = node instanceof Element ? node : node?.parentElement;
          if (element) shifts.moved.push(`${element.localName}${element.className ? `.${String(element.className).trim().split(/\s+/).join('.')}` : ''}`);
        }
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Read three frames on, with the entries the observer has not delivered yet: a change made
    // at the second frame after a script starts (the first one drawn), before `load`, has its
    // shift measured as that frame is drawn, before the third.
    const frames = (count: number): Promise<void> =>
      new Promise((resolve) => requestAnimationFrame(() => (count > 1 ? frames(count - 1).then(resolve) : resolve())));
    (window as unknown as { __shifts: () => Promise<typeof shifts> }).__shifts = () =>
      frames(3).then(() => {
        add(observer.takeRecords());
        return shifts;
      });
  });
}

/** The shifts of the page's document so far (watchLayoutShifts first), read three frames on. */
export const layoutShifts = (page: Page): Promise<LayoutShifts> =>
  page.evaluate(() => (window as unknown as { __shifts: () => Promise<LayoutShifts> }).__shifts());
