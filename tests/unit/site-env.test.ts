// A build for publishing must not silently point canonical links, hreflang, the sitemap and
// the PDF footers at localhost: `npm run build:deploy` refuses before building.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deployUrlProblem } from '../../src/site-env.ts';

/** Runs the check `npm run build:deploy` starts with, under the given SITE_URL. */
function checkDeployEnv(siteUrl: string | undefined) {
  const { SITE_URL: _ignored, ...env } = process.env;
  if (siteUrl !== undefined) env['SITE_URL'] = siteUrl;
  return spawnSync(process.execPath, ['scripts/check-deploy-env.mjs'], { encoding: 'utf8', env });
}

describe('deployUrlProblem', () => {
  it('accepts a public http(s) address', () => {
    expect(deployUrlProblem('https://migreren.example.be')).toBeUndefined();
    expect(deployUrlProblem('http://example.org/')).toBeUndefined();
  });
  it.each([
    [undefined, /not set/],
    ['', /not set/],
    ['example.be', /not an address/],
    ['ftp://example.be', /not an http\(s\) address/],
    ['http://localhost:4321', /this machine/],
    ['http://127.0.0.1:4321', /this machine/],
    ['http://[::1]/', /this machine/],
    ['https://site.localhost/', /this machine/],
  ])('refuses %j', (value, reason) => {
    expect(deployUrlProblem(value)).toMatch(reason);
  });
});

describe('npm run build:deploy', () => {
  it('checks SITE_URL before it builds', () => {
    const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect(scripts['build:deploy']).toBe('node scripts/check-deploy-env.mjs && npm run build');
  });
  it('refuses to build without SITE_URL or with a localhost address, and says how to fix it', () => {
    for (const siteUrl of [undefined, 'http://localhost:4321']) {
      const result = checkDeployEnv(siteUrl);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/build:deploy refused: .*\n.*\n\s+SITE_URL=https:\/\/example\.be npm run build:deploy/);
    }
  });
  it('goes on to the build with a public address', () => {
    const result = checkDeployEnv('https://example.be');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('building for https://example.be');
  });
});
