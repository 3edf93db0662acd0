// A wrong content/publisher.json fails the real build naming the file, the field and what was
// expected (every rule in-process: tests/unit/publisher.test.ts). One build: 10-40 s.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture, page } from '../support/fixture-site';

describe('the build refuses a wrong publisher', { timeout: 120_000 }, () => {
  it('names the file and the field', () => {
    const publisher = JSON.parse(fs.readFileSync('tests/e2e/fixtures/pack/content/publisher.json', 'utf8'));
    publisher.email = { value: 'info@example.be', source: 'example.be/contact', consulted: '2026-12-02' };
    const build = buildFixture({ content: { 'nl/index.mdx': page('nl', 'Start'), 'publisher.json': JSON.stringify(publisher) } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /content\/publisher\.json: field "email\.source": expected the page it comes from as a full web address starting with https:\/\//,
    );
  });
});
