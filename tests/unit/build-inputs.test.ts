// `npm test` skips the site build only when the build in the output folder was made from
// exactly the current inputs: any changed input, variable or later build means a rebuild.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIsCurrent, inputsHash, recordBuild } from '../../scripts/build-inputs.mjs';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-inputs-'));
const outDir = path.join(root, 'dist');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

beforeEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  write('src/pages/index.astro', '<h1>Hallo</h1>');
  write('content/nl/index.mdx', '# Hallo');
  write('astro.config.mjs', 'export default {};');
  write('dist/index.html', '<h1>Hallo</h1>');
});

describe('the build inputs', () => {
  it('hash to something else when a file in an input folder changes, is added, or an input variable changes', () => {
    const before = inputsHash(root, {});
    expect(inputsHash(root, {})).toBe(before);
    write('content/nl/index.mdx', '# Dag');
    const edited = inputsHash(root, {});
    expect(edited).not.toBe(before);
    write('locales/nl/common.json', '{}');
    expect(inputsHash(root, {})).not.toBe(edited);
    expect(inputsHash(root, { SITE_URL: 'https://example.be' })).not.toBe(inputsHash(root, {}));
  });
  it('ignore files that are not inputs, such as the built site', () => {
    const before = inputsHash(root, {});
    write('dist/nl/index.html', 'new');
    write('README.md', 'new');
    expect(inputsHash(root, {})).toBe(before);
  });
  it('mark the build current only once recorded, and no longer after another build', () => {
    const hash = inputsHash(root, {});
    expect(buildIsCurrent(outDir, hash)).toBe(false);
    recordBuild(outDir, hash);
    expect(buildIsCurrent(outDir, hash)).toBe(true);
    expect(buildIsCurrent(outDir, 'other inputs')).toBe(false);
    // A build by hand (e.g. `npm run build` with another SITE_URL) writes index.html again.
    fs.utimesSync(path.join(outDir, 'index.html'), new Date(), new Date(Date.now() + 5000));
    expect(buildIsCurrent(outDir, hash)).toBe(false);
  });
  it('is never current without a built site', () => {
    const hash = inputsHash(root, {});
    recordBuild(outDir, hash);
    fs.rmSync(outDir, { recursive: true });
    expect(buildIsCurrent(outDir, hash)).toBe(false);
  });
});
