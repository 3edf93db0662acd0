// The Pagefind bundle as the build rewrites it (src/search/index-chunks.ts, index-fragments.ts):
// a real bundle made by Pagefind for a few small pages, cut into small chunks, and its
// fragments without the folded forms.
import { close, createIndex } from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Bundle, chunkList, chunkWords, cutChunks, readPagefindFile, rechunkBundle, type WordEntry } from '../../src/search/index-chunks';
import { slimFragment, slimFragments, withoutForms, type Fragment } from '../../src/search/index-fragments';
import { prepareForIndex } from '../../src/search/index-rules';
import { FORM_PLACEHOLDER } from '../../src/search/search-forms';

const entry = (word: string, size = 10): WordEntry => ({ word, bytes: new Uint8Array(size) });

describe('cutting the word index', () => {
  it('cuts after about the given size, only between words whose first three letters differ, with Pagefind’s ranges', () => {
    const words = ['aap', 'appel', 'appelmoes', 'appeltaart', 'banaan', 'bank', 'citroen'].map((word) => entry(word));
    const chunks = cutChunks(words, 15);
    expect(chunks.map((chunk) => chunk.words.map((word) => word.word))).toEqual([['aap', 'appel', 'appelmoes', 'appeltaart'], ['banaan', 'bank'], ['citroen']]);
    // The shortest prefixes that tell neighbouring chunks apart (pagefind/src/index/mod.rs chunk_meta).
    expect(chunks.map(({ from, to }) => [from, to])).toEqual([
      ['aap', 'a'],
      ['b', 'b'],
      ['c', 'citroen'],
    ]);
  });
  it('keeps one chunk when the words are fewer than the size', () => {
    expect(cutChunks([entry('een'), entry('twee')], 1000)).toHaveLength(1);
  });
});

describe('a bundle written by Pagefind and rewritten by the build', () => {
  let bundle: Bundle;
  const page = (lang: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main><article>${body}</article></main></body></html>`;
  const file = (name: string) => Buffer.from(bundle.get(name)!);
  const words = (lang: string) => {
    const languages = JSON.parse(file('pagefind-entry.json').toString('utf8')).languages;
    const meta = readPagefindFile(file(`pagefind.${languages[lang].hash}.pf_meta`));
    return chunkList(meta).map(({ file: chunk }) => chunkWords(readPagefindFile(file(`index/${chunk}.pf_index`))).map((word) => word.word));
  };

  beforeAll(async () => {
    const { index } = await createIndex({});
    const text = Array.from({ length: 40 }, (_, number) => `woord${number} tekst${number} zin${number}`).join(' ');
    await index!.addHTMLFile({ url: '/nl/a/', content: prepareForIndex(page('nl', `<h1>Dokter</h1><p>${text}</p>`), '/nl/a/')! });
    await index!.addHTMLFile({ url: '/ar/a/', content: prepareForIndex(page('ar', '<h1>الطبيب</h1><p>الأطفال في المدرسة</p>'), '/ar/a/')! });
    bundle = new Map((await index!.getFiles()).files.map(({ path, content }) => [path, content]));
    await close();
  });

  it('holds the same words in more, smaller chunks, listed in the metadata the entry points to', () => {
    const before = words('nl');
    expect(before).toHaveLength(1);
    const counts = rechunkBundle(bundle, 200);
    const after = words('nl');
    expect(counts.nl).toBe(after.length);
    expect(after.length).toBeGreaterThan(2);
    expect(after.flat()).toEqual(before.flat());
    // No file of the old chunks or metadata is left.
    const languages = Object.values(JSON.parse(file('pagefind-entry.json').toString('utf8')).languages) as { hash: string }[];
    const listed = languages.flatMap((language) => {
      const meta = readPagefindFile(file(`pagefind.${language.hash}.pf_meta`));
      return [`pagefind.${language.hash}.pf_meta`, ...chunkList(meta).map((chunk) => `index/${chunk.file}.pf_index`)];
    });
    expect([...bundle.keys()].filter((name) => name.endsWith('.pf_meta') || name.startsWith('index/')).sort()).toEqual(listed.sort());
  });

  it('shows no folded form in a fragment’s text, each replaced word for word by the placeholder', () => {
    slimFragments(bundle);
    const fragments = [...bundle]
      .filter(([name]) => name.startsWith('fragment/'))
      .map(([, bytes]) => JSON.parse(Buffer.from(readPagefindFile(Buffer.from(bytes))).toString()) as Fragment);
    const arabic = fragments.find((fragment) => fragment.url === '/ar/a/')!;
    expect(arabic.content).not.toMatch(/[⟦⟧]/);
    // Read as the search page shows an excerpt: without the placeholders.
    expect(arabic.content.replace(new RegExp(`\\s*${FORM_PLACEHOLDER}`, 'g'), '')).toBe('الطبيب. الأطفال في المدرسة');
  });
});

describe('a fragment without the folded forms', () => {
  it('keeps every word’s place', () => {
    expect(withoutForms('De dokter ⟦ dokter ⟧ komt ⟦ a b ⟧.', '/nl/x/')).toBe(
      ['De', 'dokter', ...Array(3).fill(FORM_PLACEHOLDER), 'komt', ...Array(3).fill(FORM_PLACEHOLDER), `${FORM_PLACEHOLDER}.`].join(' '),
    );
  });
  it('fails the build, naming the page, when the marks do not pair up', () => {
    expect(() => withoutForms('a ⟦ b', '/nl/x/')).toThrow('/nl/x/');
    expect(() => withoutForms('a ⟧ b', '/nl/x/')).toThrow('/nl/x/');
    expect(() => withoutForms('a b⟦ c', '/nl/x/')).toThrow('inside the word');
  });
  it('keeps only the anchors that make a sub-result, without the text a title replaces', () => {
    const slim = slimFragment({
      url: '/nl/x/',
      content: 'a',
      anchors: [
        { element: 'h2', id: 'kop', text: 'Kop', location: 0 },
        { element: 'div', id: 'leeg', text: '', location: 1 },
        { element: 'p', id: 'p-1', text: 'Ik ben ziek.', title: 'Ik ben ziek. · I am ill.', location: 2 },
      ],
    });
    expect(slim.anchors).toEqual([
      { element: 'h2', id: 'kop', text: 'Kop', location: 0 },
      { element: 'p', id: 'p-1', title: 'Ik ben ziek. · I am ill.', location: 2 },
    ]);
  });
});
