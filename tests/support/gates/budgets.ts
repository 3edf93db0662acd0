// Size budgets over built pages: HTML plus the CSS it needs, gzip-compressed, fits in one
// TCP initial congestion window (14 KB); JavaScript only on pages that need interaction.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'node-html-parser';
import { pagePaths } from '../dist';
import { resolvePath } from './links';

export const PAGE_BUDGET = 14 * 1024;

export interface PageSize {
  page: string;
  bytes: number;
  scriptBytes: number;
  scripts: string[];
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

export function measurePages(dir: string): PageSize[] {
  return pagePaths(dir).map((page) => {
    const file = resolvePath(dir, page)!;
    const root = parse(fs.readFileSync(file, 'utf8'));
    const styles = root.querySelectorAll('link[rel="stylesheet"]').map((link) => path.join(dir, link.getAttribute('href')!));
    const scripts = root.querySelectorAll('script').map((script) => script.getAttribute('src') ?? '(inline)');
    const scriptFiles = scripts.filter((src) => src.startsWith('/')).map((src) => path.join(dir, src));
    return {
      page,
      bytes: gzipSize(file) + styles.reduce((sum, style) => sum + gzipSize(style), 0),
      scriptBytes: scriptFiles.reduce((sum, script) => sum + gzipSize(script), 0),
      scripts,
    };
  });
}
