// The strings of the offline pack's box (locales/<lang>/offline.json), for the notice of the
// page that shows it (src/tools/registry.ts): a language they fall back to is named there.
export const OFFLINE_KEYS = [
  'title',
  'intro',
  'noScript',
  'unsupported',
  'save',
  'remove',
  'saving',
  'saved',
  'failed',
  'removed',
  'howToRemove',
  'updates',
] as const;

/** What the script says as the reader saves or removes the pack (one at a time, in the live region). */
export const OFFLINE_MESSAGES = ['saving', 'saved', 'failed', 'removed'] as const;
