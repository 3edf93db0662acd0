// Turns schema problems into messages an editor can act on. Astro prints them with the
// file's path and the field's name; this adds what was expected where zod's default says
// too little (an unknown field gets the list of known ones, so a typo is easy to spot).
import type { z } from 'astro/zod';

type ObjectIssue = Parameters<Exclude<z.core.$ZodErrorMap, undefined>>[0];

export function knownFieldsError(fields: readonly string[]) {
  return (issue: ObjectIssue): string | undefined => {
    if (issue.code === 'unrecognized_keys') {
      const unknown = issue.keys.map((key) => `"${key}"`).join(', ');
      return `unknown field ${unknown}; expected only these fields: ${fields.join(', ')}`;
    }
    if (issue.code === 'invalid_type') return 'expected a set of fields (key: value)';
    return undefined;
  };
}
