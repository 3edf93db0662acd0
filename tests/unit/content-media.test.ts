// A page that loads a file that does not exist fails the build, naming the page, the line and
// the file expected (src/markdown/content-media.ts), tested through Sätteri's MDX compiler.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { contentMedia } from '../../src/markdown/content-media';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-media-'));
const publicDir = path.join(root, 'public');
const page = path.join(root, 'content', 'nl', 'film.mdx');
for (const file of [path.join(publicDir, 'images', 'kaart.webp'), path.join(publicDir, 'film', 'film.vtt'), path.join(root, 'content', 'nl', 'foto.jpg')]) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
}
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const compile = (mdx: string) => mdxToJs(mdx, { hastPlugins: [contentMedia({ publicDir })], fileURL: pathToFileURL(page) });
const shown = (file: string) => path.relative(process.cwd(), file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('files a page loads', () => {
  it('accepts files that exist, under public/ or beside the page, and leaves other hosts to content-safety', () => {
    expect(() =>
      compile(
        '![Kaart](/images/kaart.webp)\n\n![Foto](./foto.jpg "Een foto")\n\n<img src="/images/kaart.webp?v=2#x" srcset="/images/kaart.webp 1x, foto.jpg 2x" alt="" />\n\n<video src="/film/film.vtt"><track src="/film/film.vtt" /></video>\n\n![Elders](https://example.org/x.png) ![Data](data:image/png;base64,AA==)\n',
      ),
    ).not.toThrow();
  });

  it.each([
    [
      'an absolute path in Markdown',
      'Tekst.\n\n![Kaart](/images/bestaat-niet.webp)\n',
      3,
      'img src="/images/bestaat-niet.webp"',
      path.join(publicDir, 'images', 'bestaat-niet.webp'),
      'a path starting with / is a file under public/',
    ],
    [
      'a relative path in Markdown',
      '![Foto](./onthaalbureau.jpg)\n',
      1,
      'img src="./onthaalbureau.jpg"',
      path.join(root, 'content', 'nl', 'onthaalbureau.jpg'),
      'a relative path is a file beside the page',
    ],
    [
      'an absolute path in a tag',
      '<img src="/images/kaart.png" alt="" />\n',
      1,
      'img src="/images/kaart.png"',
      path.join(publicDir, 'images', 'kaart.png'),
      'a path starting with / is a file under public/',
    ],
    [
      'one candidate of a srcset',
      '<img src="/images/kaart.webp" srcset="/images/kaart.webp 1x, /images/kaart-2x.webp 2x" alt="" />\n',
      1,
      'img srcset="/images/kaart-2x.webp"',
      path.join(publicDir, 'images', 'kaart-2x.webp'),
      'a path',
    ],
    [
      'subtitles inside a video',
      '<video src="/film/film.vtt">\n  <track src="/film/ar.vtt" />\n</video>\n',
      2,
      'track src="/film/ar.vtt"',
      path.join(publicDir, 'film', 'ar.vtt'),
      'a path',
    ],
    [
      'a video poster',
      '<video src="/film/film.vtt" poster="/film/poster.webp"></video>\n',
      1,
      'video poster="/film/poster.webp"',
      path.join(publicDir, 'film', 'poster.webp'),
      'a path',
    ],
  ])('refuses %s, naming the page, the line and the file expected', (_, mdx, line, tag, expected, rule) => {
    expect(() => compile(mdx)).toThrow(
      new RegExp(
        `^${shown(page)}:${line}:\\d+: <${tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}> loads a file that does not exist; expected ${shown(expected)} \\(${rule}`,
      ),
    );
  });
});
