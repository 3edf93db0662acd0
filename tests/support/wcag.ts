// The axe-core rules the site must pass: WCAG 2.2 levels A and AA (browser and component tests).
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
