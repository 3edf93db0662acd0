// Bad input in the starter pack's data fails the build, naming the file and the field.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture, frontMatter, page } from '../support/fixture-site';

const phrases = JSON.parse(fs.readFileSync('content/taalgids/phrases.json', 'utf8')) as Record<string, unknown>[];
const items = JSON.parse(fs.readFileSync('content/rugzak/items.json', 'utf8')) as Record<string, unknown>[];
const home = page('nl', 'Start');

describe('the build refuses bad pack input', () => {
  it('names a phrase without its Dutch text', () => {
    const broken = phrases.map((phrase, index) => (index === 0 ? { id: phrase.id, theme: phrase.theme } : phrase));
    const build = buildFixture({ copyContent: ['taalgids', 'rugzak'], content: { 'nl/index.mdx': home, 'taalgids/phrases.json': JSON.stringify(broken) } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`phrases → ${String(phrases[0]!.id)} data does not match collection schema`);
    expect(build.output).toContain('nl: expected the Dutch phrase as text');
    expect(build.output).toMatch(/content\/taalgids\/phrases\.json/);
  });

  it('names a phrase whose recording is missing', () => {
    const broken = phrases.map((phrase, index) => (index === 0 ? { ...phrase, audio: 'audio/taalgids/bestaat-niet.mp3' } : phrase));
    const build = buildFixture({
      copyContent: ['taalgids', 'rugzak'],
      content: { 'nl/index.mdx': home, 'nl/pakket/taalgids.mdx': page('nl', 'Taalgids'), 'taalgids/phrases.json': JSON.stringify(broken) },
    });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`phrase "${String(phrases[0]!.id)}" field "audio" is "audio/taalgids/bestaat-niet.mp3"; expected a file at public/audio/taalgids/bestaat-niet.mp3`);
  });

  it('names a checklist item in an unknown group', () => {
    const broken = items.map((item, index) => (index === 0 ? { ...item, group: 'papieren' } : item));
    const build = buildFixture({ copyContent: ['taalgids', 'rugzak'], content: { 'nl/index.mdx': home, 'rugzak/items.json': JSON.stringify(broken) } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`checklistItems → ${String(items[0]!.id)} data does not match collection schema`);
    expect(build.output).toMatch(/group: expected one of: identiteit, huwelijk, kinderen, opleiding, werk, gezondheid, rijbewijs/);
    expect(build.output).toMatch(/content\/rugzak\/items\.json/);
  });

  it('names a chapter without a title', () => {
    const chapter = `${frontMatter({ description: 'Een hoofdstuk.', lastReviewed: '2026-11-29', translation: 'source', order: '1' })}\nTekst.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': home, 'nl/pakket/brochure/index.mdx': page('nl', 'Brochure'), 'nl/pakket/brochure/wonen.mdx': chapter } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('title: expected the page title as text');
    expect(build.output).toMatch(/content\/nl\/pakket\/brochure\/wonen\.mdx/);
  });

  it('names a missing illustration', () => {
    const chapter = `${frontMatter({ title: 'Wonen', description: 'Een hoofdstuk.', lastReviewed: '2026-11-29', translation: 'source', order: '1', illustration: '{ name: bestaat-niet, alt: "Een huis" }' })}\nTekst.\n`;
    const build = buildFixture({ content: { 'nl/index.mdx': home, 'nl/wonen.mdx': chapter } });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/wonen\.mdx: field "illustration\.name" is "bestaat-niet", but src\/assets\/illustrations\/bestaat-niet\.svg does not exist/);
  });
});
