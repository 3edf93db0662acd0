// Smaller chunks for Pagefind's word index, so a query downloads a few kilobytes of index
// instead of about 30 KB.
//
// Pagefind 1.6 cuts each language's word index (words in alphabetical order, each with the
// pages and positions where it occurs) into chunks of about 20,000 positions, a constant of
// its indexer. A language of this site has 35,000–45,000 positions, so every query downloads
// one or two chunks of 25–35 KB, a third of the whole search page's budget. The chunk a query
// needs is found by the word ranges listed in the language's metadata (`pf_meta`), so the
// chunks can be cut finer after Pagefind has written them: the same words, byte for byte, in
// more files, and the metadata's list of ranges rewritten. Pagefind reads them as its own.
//
// The format (CBOR, gzip, after the 12-byte signature `pagefind_dcd`), as Pagefind 1.6 writes it:
//   chunk:    [ [ word entry, … ] ]          each word entry an array whose first item is the word
//   metadata: [ version, pages, [ [from, to, file], … ], filters, sorts, … ]
// Ranges are computed as Pagefind computes them (the shortest prefixes that tell two
// neighbouring chunks apart), and a cut is made only between words whose first three letters
// differ: Pagefind matches a query word to longer words that start with it (and a stemmed
// word to the query it begins) only within one chunk, so those words stay together.
// The pagefind version is pinned in package.json; a test (tests/unit/search-chunks.test.ts)
// reads a real bundle, and the query set (tests/search/recall.spec.ts) runs over the result.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';
/** Bytes of word entries (uncompressed) after which a chunk ends at the next allowed cut: about 2–3 KB gzip. */
export const CHUNK_BYTES = 6000;
/** Words that share this many first letters stay in one chunk. */
const KEPT_PREFIX = 3;

interface Item {
  start: number;
  end: number;
}

/** The head of the CBOR item at `at`: major type, argument, and where its content starts. */
function head(bytes: Uint8Array, at: number): { major: number; value: number; next: number; indefinite: boolean } {
  const first = bytes[at]!;
  const major = first >> 5;
  const info = first & 31;
  // Read byte by byte: a DataView per item made this the slowest part of a build's search index.
  if (info < 24) return { major, value: info, next: at + 1, indefinite: false };
  if (info === 24) return { major, value: bytes[at + 1]!, next: at + 2, indefinite: false };
  if (info === 25) return { major, value: (bytes[at + 1]! << 8) | bytes[at + 2]!, next: at + 3, indefinite: false };
  if (info === 26)
    return { major, value: bytes[at + 1]! * 0x1000000 + ((bytes[at + 2]! << 16) | (bytes[at + 3]! << 8) | bytes[at + 4]!), next: at + 5, indefinite: false };
  if (info === 27) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { major, value: Number(view.getBigUint64(at + 1)), next: at + 9, indefinite: false };
  }
  if (info === 31) return { major, value: 0, next: at + 1, indefinite: true };
  throw new Error(`Search index chunks: unexpected CBOR byte ${first} at ${at}`);
}

/** Where the CBOR item starting at `at` ends. */
function skip(bytes: Uint8Array, at: number): number {
  // A small unsigned integer (most of an index: page numbers and word positions) is one byte.
  if (bytes[at]! < 24) return at + 1;
  const { major, value, next, indefinite } = head(bytes, at);
  if (major === 0 || major === 1 || major === 7) return next;
  if (major === 2 || major === 3) return next + value;
  if (major === 6) return skip(bytes, next);
  const per = major === 5 ? 2 : 1;
  let position = next;
  if (indefinite) {
    while (bytes[position] !== 0xff) position = skip(bytes, position);
    return position + 1;
  }
  for (let index = 0; index < value * per; index++) position = skip(bytes, position);
  return position;
}

/** The items of the CBOR array starting at `at`. */
function items(bytes: Uint8Array, at: number): Item[] {
  const { major, value, next, indefinite } = head(bytes, at);
  if (major !== 4) throw new Error(`Search index chunks: expected an array at ${at}`);
  const found: Item[] = [];
  let position = next;
  while (indefinite ? bytes[position] !== 0xff : found.length < value) {
    const end = skip(bytes, position);
    found.push({ start: position, end });
    position = end;
  }
  return found;
}

function text(bytes: Uint8Array, at: number): string {
  const { major, value, next } = head(bytes, at);
  if (major !== 3) throw new Error(`Search index chunks: expected a text at ${at}`);
  return Buffer.from(bytes.subarray(next, next + value)).toString('utf8');
}

function arrayHead(length: number): Uint8Array {
  if (length < 24) return Uint8Array.of(0x80 | length);
  if (length < 0x100) return Uint8Array.of(0x98, length);
  if (length < 0x10000) return Uint8Array.of(0x99, length >> 8, length & 0xff);
  return Uint8Array.of(0x9a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

function textItem(value: string): Uint8Array {
  const utf8 = Buffer.from(value, 'utf8');
  const length = utf8.length;
  const prefix =
    length < 24
      ? [0x60 | length]
      : length < 0x100
        ? [0x78, length]
        : length < 0x10000
          ? [0x79, length >> 8, length & 0xff]
          : [0x7a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff];
  return Buffer.concat([Uint8Array.from(prefix), utf8]);
}

function withoutSignature(raw: Buffer): Uint8Array {
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('Search index chunks: a Pagefind file without its signature');
  return raw.subarray(SIGNATURE.length);
}

/** Reads a Pagefind file: gzip, then the signature. */
export function readPagefindFile(file: Uint8Array): Uint8Array {
  return withoutSignature(zlib.gunzipSync(file));
}

export function writePagefindFile(bytes: Uint8Array): Buffer {
  return zlib.gzipSync(Buffer.concat([Buffer.from(SIGNATURE), bytes]), { level: 9 });
}

/**
 * A Pagefind bundle in memory, as Pagefind's getFiles gives it: each file's path (with /) and
 * bytes. Its files are rewritten one after the other: for a thousand files of a few kilobytes,
 * zlib's synchronous calls take half the time of its thread pool's.
 */
export type Bundle = Map<string, Uint8Array>;

export interface WordEntry {
  word: string;
  /** The entry's CBOR bytes, as Pagefind wrote them. */
  bytes: Uint8Array;
}

/** The word entries of a chunk file's content. */
export function chunkWords(content: Uint8Array): WordEntry[] {
  const [words] = items(content, 0);
  // The word is the entry's first item: read from the head of the entry's array, not by walking all its items.
  return items(content, words!.start).map(({ start, end }) => ({ word: text(content, head(content, start).next), bytes: content.subarray(start, end) }));
}

const commonPrefix = (a: string, b: string) => {
  const left = [...a];
  const right = [...b];
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length++;
  return length;
};

/** Pagefind's range bounds between two neighbouring chunks: the shortest prefixes that tell them apart. */
function bounds(last: string, first: string): [string, string] {
  const shared = commonPrefix(last, first);
  return [[...last].slice(0, shared + 1).join(''), [...first].slice(0, shared + 1).join('')];
}

export interface Chunk {
  from: string;
  to: string;
  words: WordEntry[];
}

/**
 * The words (in Pagefind's order) in chunks of about `size` bytes, cut only between words
 * whose first KEPT_PREFIX letters differ, with their ranges as Pagefind computes them.
 */
export function cutChunks(words: WordEntry[], size = CHUNK_BYTES): Chunk[] {
  const groups: WordEntry[][] = [];
  let group: WordEntry[] = [];
  let bytes = 0;
  words.forEach((entry, index) => {
    group.push(entry);
    bytes += entry.bytes.length;
    const next = words[index + 1];
    if (next && bytes >= size && commonPrefix(entry.word, next.word) < KEPT_PREFIX) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
  });
  if (group.length) groups.push(group);
  const chunks = groups.map((entries) => ({ from: entries[0]!.word, to: entries.at(-1)!.word, words: entries }));
  for (let index = 0; index + 1 < chunks.length; index++) {
    [chunks[index]!.to, chunks[index + 1]!.from] = bounds(chunks[index]!.to, chunks[index + 1]!.from);
  }
  return chunks;
}

export function encodeChunk(words: WordEntry[]): Uint8Array {
  return Buffer.concat([arrayHead(1), arrayHead(words.length), ...words.map((entry) => entry.bytes)]);
}

/** The metadata's content with its list of chunk ranges replaced. */
export function replaceChunkList(meta: Uint8Array, chunks: { from: string; to: string; file: string }[]): Uint8Array {
  const fields = items(meta, 0);
  const list = fields[2];
  if (!list) throw new Error('Search index chunks: metadata without a chunk list');
  const encoded = Buffer.concat([
    arrayHead(chunks.length),
    ...chunks.map(({ from, to, file }) => Buffer.concat([arrayHead(3), textItem(from), textItem(to), textItem(file)])),
  ]);
  return Buffer.concat([meta.subarray(0, list.start), encoded, meta.subarray(list.end)]);
}

/** The chunk files the metadata lists, in order. */
export function chunkList(meta: Uint8Array): { from: string; to: string; file: string }[] {
  return items(meta, items(meta, 0)[2]!.start).map(({ start }) => {
    const [from, to, file] = items(meta, start).map((item) => text(meta, item.start));
    return { from: from!, to: to!, file: file! };
  });
}

const shortHash = (lang: string, bytes: Uint8Array, taken: Set<string>) => {
  const hash = createHash('sha256').update(bytes).digest('hex');
  let length = 7;
  while (taken.has(`${lang}_${hash.slice(0, length)}`)) length++;
  const name = `${lang}_${hash.slice(0, length)}`;
  taken.add(name);
  return name;
};

/** A file of `bundle`, or an error naming it. */
function bundleFile(bundle: Bundle, file: string): Uint8Array {
  const bytes = bundle.get(file);
  if (!bytes) throw new Error(`Search index chunks: the bundle has no ${file}`);
  return bytes;
}

/**
 * Cuts every language's word index in `bundle` into chunks of about `size` bytes: adds the
 * new chunk files and metadata, removes the old ones, and points pagefind-entry.json at the
 * new metadata. Returns the number of chunks per language.
 */
export function rechunkBundle(bundle: Bundle, size = CHUNK_BYTES): Record<string, number> {
  const entryFile = 'pagefind-entry.json';
  const entry = JSON.parse(Buffer.from(bundleFile(bundle, entryFile)).toString('utf8')) as { languages: Record<string, { hash: string }> };
  const chunkFile = (file: string) => `index/${file}.pf_index`;
  const taken = new Set([...bundle.keys()].filter((file) => file.startsWith('index/')).map((file) => file.slice('index/'.length).replace(/\.pf_index$/, '')));
  const rechunk = (lang: string, language: { hash: string }): number => {
    const metaFile = `pagefind.${language.hash}.pf_meta`;
    const meta = readPagefindFile(bundleFile(bundle, metaFile));
    const old = chunkList(meta);
    const contents = old.map(({ file }) => readPagefindFile(bundleFile(bundle, chunkFile(file))));
    const chunks = cutChunks(contents.flatMap(chunkWords), size);
    const listed = chunks.map((chunk) => {
      const content = encodeChunk(chunk.words);
      return { from: chunk.from, to: chunk.to, file: shortHash(lang, content, taken), content };
    });
    for (const { file } of old) bundle.delete(chunkFile(file));
    for (const { file, content } of listed) bundle.set(chunkFile(file), writePagefindFile(content));
    const newMeta = replaceChunkList(
      meta,
      listed.map(({ from, to, file }) => ({ from, to, file })),
    );
    const hash = `${lang}_${createHash('sha256').update(newMeta).digest('hex').slice(0, 10)}`;
    bundle.delete(metaFile);
    bundle.set(`pagefind.${hash}.pf_meta`, writePagefindFile(newMeta));
    language.hash = hash;
    return chunks.length;
  };
  const languages = Object.entries(entry.languages);
  const counted = languages.map(([lang, language]) => rechunk(lang, language));
  bundle.set(entryFile, Buffer.from(JSON.stringify(entry), 'utf8'));
  return Object.fromEntries(languages.map(([lang], index) => [lang, counted[index]!]));
}
