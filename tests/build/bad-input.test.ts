// Bad content fails the build with a message that names the file, the field and what was expected.
import { describe, expect, it } from 'vitest';
import { buildFixture, frontMatter, page } from '../support/fixture-site';

const home = page('nl', 'Start');

describe('the build refuses bad content', () => {
  it('names a content folder that is not a language', () => {
    const build = buildFixture({ content: { 'nl/index.mdx': home, 'xx/index.mdx': page('xx', 'Onbekend') } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/xx\/index\.mdx: folder "xx" is not a language of the site; expected one of nl,/);
  });

  it('names a missing front-matter field', () => {
    const missing = `${frontMatter({ title: 'Start', description: 'Start.', translation: 'source' })}\nTekst.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': missing } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('lastReviewed: expected a date written as YYYY-MM-DD');
    expect(build.output).toMatch(/content\/nl\/index\.mdx/);
  });

  it('names a mistyped front-matter field and lists the known ones', () => {
    const typo = `${frontMatter({ title: 'Start', description: 'Start.', translation: 'source', lastReviewd: '2026-11-29' })}\nTekst.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': typo } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/unknown field "lastReviewd"; expected only these fields: title, description, lastReviewed/);
    expect(build.output).toMatch(/content\/nl\/index\.mdx/);
  });

  it('names a wrong translation status', () => {
    const wrong = `${frontMatter({ title: 'Start', description: 'Start.', translation: 'finished', lastReviewed: '2026-11-29' })}\nTekst.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': wrong } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('translation: expected one of: source, draft, checked');
  });

  it('names a broken MDX file', () => {
    const broken = `${frontMatter({ title: 'Start', description: 'Start.', translation: 'source', lastReviewed: '2026-11-29' })}\n<div>Een open tag\n\nEn dan niets.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': broken } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/nl\/index\.mdx/);
    expect(build.output).toMatch(/closing tag|Expected a closing|end of file/i);
  });

  it('names an interface string missing in one language', () => {
    const build = buildFixture({
      content: { 'nl/index.mdx': home },
      editLocales: (messages) => {
        delete messages.en.skipLink;
      },
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/locales\/en\/common\.json: interface string "skipLink" is missing/);
  });

  it('refuses a translation without a Dutch original', () => {
    const build = buildFixture({ content: { 'nl/index.mdx': home, 'en/alleen-engels.mdx': page('en', 'Only English') } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/en\/alleen-engels\.mdx: no Dutch original at .*nl\/alleen-engels\.mdx/);
  });
});
