import fs from 'node:fs';
import { pagePaths, resolvePath } from '../tests/support/dist.ts';
import { pageShape } from '../tests/support/page-shapes.ts';
const groups = new Map<string, string[]>();
for (const p of pagePaths().filter((p) => p.startsWith('/nl/'))) {
  const s = pageShape(fs.readFileSync(resolvePath(p)!, 'utf8'));
  groups.set(s, [...(groups.get(s) ?? []), p]);
}
for (const [, ps] of groups) console.log(ps.length, ps.slice(0, 3).join(' '));
