// Content that could run code or load from another host fails the build, naming file and
// line (src/markdown/content-safety.ts), tested through Sätteri's own MDX compiler.
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentSafety } from '../../src/markdown/content-safety';

const compile = (mdx: string) => mdxToJs(mdx, { hastPlugins: [contentSafety()], fileURL: pathToFileURL(`${process.cwd()}/content/nl/test.mdx`) });

describe('content safety', () => {
  it('lets ordinary content through: text, links, tags with classes, images of the site', () => {
    expect(() =>
      compile(
        '# Titel\n\n<p class="lead">Een <strong>lead</strong>.</p>\n\n[Een link](https://www.vlaanderen.be/) en [nog een](/nl/film/).\n\n![Tekening](/images/x.svg)\n',
      ),
    ).not.toThrow();
  });
  it.each([
    ['a <script>', 'Tekst.\n\n<script>alert(1)</script>\n', /content\/nl\/test\.mdx:3:1: <script> is not allowed in content/],
    ['an <iframe>', '<iframe src="https://www.youtube.com/embed/x"></iframe>\n', /<iframe> is not allowed in content: it would add an embedded page/],
    ['a <style>', '<style>{`body{}`}</style>\n', /<style> is not allowed/],
    ['an event handler', '<p onClick="alert(1)">Klik</p>\n', /<p onClick=…> is not allowed: event handlers run code/],
    ['an event handler on any element', '<details ontoggle="alert(1)"><summary>x</summary></details>\n', /<details ontoggle=…> is not allowed/],
    ['a javascript: link in Markdown', '[Klik](javascript:alert(1))\n', /<a href="javascript:alert\(1\)"> is not allowed: a link must lead to a page/],
    ['a javascript: link in JSX', '<a href=" javascript:alert(1)">Klik</a>\n', /is not allowed: a link must lead to a page/],
    [
      'an image from another host in Markdown',
      '![Foto](https://cdn.example.com/foto.jpg)\n',
      /<img src="https:\/\/cdn\.example\.com\/foto\.jpg"> loads from another host/,
    ],
    [
      'a video from another host',
      '<video src="//cdn.example.com/film.mp4"></video>\n',
      /<video src="\/\/cdn\.example\.com\/film\.mp4"> loads from another host/,
    ],
    ['a stylesheet <link>', '<link rel="stylesheet" href="https://fonts.example.com/x.css" />\n', /<link> is not allowed/],
  ])('refuses %s, naming the file and line', (_, mdx, message) => {
    expect(() => compile(mdx)).toThrow(message);
  });
});
