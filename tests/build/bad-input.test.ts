// Bad content fails the real build with a message that names the file, the field and what
// was expected. Every rule is tested in-process (tests/unit/schemas.test.ts, site-pages.test.ts,
// pack-data.test.ts); these few full builds prove that each kind of check reaches the build.
// (Unsafe MDX: tests/unit/content-safety.test.ts; files under content/: content-files.test.ts;
// files a page loads: content-media.test.ts.)
import { describe, expect, it } from 'vitest';
import { buildFixture, frontMatter, page } from '../support/fixture-site';

const home = page('nl', 'Start');

// A real build takes 10-40 s on two busy cores.
describe('the build refuses bad content', { timeout: 120_000 }, () => {
  it('a schema error: names the file and the mistyped field, and lists the known ones', () => {
    const typo = `${frontMatter({ title: 'Start', description: 'Start.', translation: 'source', lastReviewd: '2026-11-29' })}\nTekst.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': typo } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/unknown field "lastReviewd"; expected only these fields: title, navTitle, description, lastReviewed/);
    expect(build.output).toMatch(/content\/nl\/index\.mdx/);
  });

  it('a page-model error: a translation that sets a field of the Dutch source', () => {
    const chapter = (lang: string, order: string) =>
      `${frontMatter({ title: 'Wonen', description: 'Wonen.', lastReviewed: '2026-11-29', translation: lang === 'nl' ? 'source' : 'draft', order })}\nTekst.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': home, 'nl/wonen.mdx': chapter('nl', '1'), 'ar/wonen.mdx': chapter('ar', '2') } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/content\/ar\/wonen\.mdx: field "order" is set only in the Dutch source \(\S*content\/nl\/wonen\.mdx\); remove it here/);
  });

  it('an MDX error: names the file', () => {
    const broken = `${frontMatter({ title: 'Start', description: 'Start.', translation: 'source', lastReviewed: '2026-11-29' })}\n<div>Een open tag\n\nEn dan niets.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': broken } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/nl\/index\.mdx/);
    expect(build.output).toMatch(/closing tag|Expected a closing|end of file/i);
  });

  it('unsafe content: names the file and line of a <script>', () => {
    const unsafe = `${frontMatter({ title: 'Start', description: 'Start.', translation: 'source', lastReviewed: '2026-11-29' })}\nTekst.\n\n<script>alert(1)</script>\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': unsafe } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/content\/nl\/index\.mdx:\d+:1: <script> is not allowed in content/);
  });

  it('a render-time error: names a missing illustration and the drawings there are', () => {
    const chapter = `${frontMatter({ title: 'Wonen', description: 'Een hoofdstuk.', lastReviewed: '2026-11-29', translation: 'source', illustration: '{ name: bestaat-niet, alt: "Een huis" }' })}\nTekst.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': home, 'nl/wonen.mdx': chapter } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/wonen\.mdx: field "illustration\.name" is "bestaat-niet", but src\/assets\/illustrations\/bestaat-niet\.svg does not exist/);
  });

  it('files under content/: a translation saved as .md, two files of one page, a page too large, each named', () => {
    const build = buildFixture({
      content: {
        'nl/index.mdx': home,
        'nl/film.mdx': page('nl', 'Film'),
        'nl/film/index.mdx': page('nl', 'Film (kopie)'),
        'en/index.md': page('en', 'Home'),
        'nl/groot.mdx': page('nl', 'Groot', 'Een zin die te vaak geplakt is. '.repeat(4_000)),
      },
    });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /content\/en\/index\.md: a file of type "\.md" is not read; a page must be an \.mdx file \(rename it to \S*content\/en\/index\.mdx\)/,
    );
    expect(build.output).toMatch(/content\/nl\/film\.mdx and \S*content\/nl\/film\/index\.mdx are the same page \(nl\/film\); only one would be published/);
    expect(build.output).toMatch(/content\/nl\/groot\.mdx: \d+ KB is too large for one page \(at most 100 KB/);
  });

  it('an image that does not exist: names the page, the line and the file expected', () => {
    const build = buildFixture({ content: { 'nl/index.mdx': page('nl', 'Start', 'Tekst.\n\n![Kaart van Vlaanderen](/images/kaart.webp)') } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(
      /content\/nl\/index\.mdx:\d+:1: <img src="\/images\/kaart\.webp"> loads a file that does not exist; expected public\/images\/kaart\.webp/,
    );
  });
});
