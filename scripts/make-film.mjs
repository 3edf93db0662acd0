// Makes the stand-in clip for the film page: one title card per Dutch subtitle cue (its text
// is the film's script: public/video/<name>/nl.vtt), with the chapter's name above it, drawn
// as SVG, rasterised with sharp and joined with ffmpeg into a small WebM (VP9, no sound).
// Run: ./node_modules/.bin/node scripts/make-film.mjs [name]   (needs ffmpeg on PATH)
// The real film replaces the output file; see README, "Swap in the real film".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { parseVtt } from '../src/model/vtt.ts';

const name = process.argv[2] ?? 'het-leven-zoals-het-wordt';
const folder = path.join('public', 'video', name);
const cues = parseVtt(fs.readFileSync(path.join(folder, 'nl.vtt'), 'utf8'), `${folder}/nl.vtt`);
const chapters = parseVtt(fs.readFileSync(path.join(folder, 'chapters.nl.vtt'), 'utf8'), `${folder}/chapters.nl.vtt`);
const [width, height] = [640, 360];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** Greedy line wrapping at about `max` characters. */
function wrap(text, max) {
  const lines = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function card(cue, index) {
  const chapter = chapters.find((c) => cue.start >= c.start && cue.start < c.end);
  const lines = wrap(cue.text, 34);
  const top = height / 2 - ((lines.length - 1) * 36) / 2 + 10;
  const text = lines.map((line, i) => `<text x="48" y="${top + i * 36}" font-size="28">${escape(line)}</text>`).join('');
  const progress = ((index + 1) / cues.length) * (width - 96);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#0b3b5c"/>
<g font-family="DejaVu Sans, Noto Sans, sans-serif" fill="#ffffff">
<text x="48" y="56" font-size="20" fill="#ffe615">${escape(chapter?.text ?? '')}</text>
${text}
<text x="48" y="${height - 28}" font-size="14" fill="#c8d6e0">VOORLOPIGE CLIP · Migreren naar Vlaanderen</text>
</g>
<rect x="48" y="${height - 60}" width="${width - 96}" height="6" fill="#235a80"/>
<rect x="48" y="${height - 60}" width="${progress}" height="6" fill="#ffe615"/>
</svg>`;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'film-'));
const list = [];
for (const [index, cue] of cues.entries()) {
  const file = path.join(work, `card-${String(index).padStart(2, '0')}.png`);
  await sharp(Buffer.from(card(cue, index)))
    .png()
    .toFile(file);
  list.push(`file '${file}'`, `duration ${(cue.end - cue.start).toFixed(3)}`);
}
// The concat demuxer needs the last file twice for its duration to count.
list.push(list.at(-2));
fs.writeFileSync(path.join(work, 'list.txt'), `${list.join('\n')}\n`);
const out = path.join('public', 'video', `${name}.webm`);
execFileSync(
  'ffmpeg',
  [
    '-y',
    '-loglevel',
    'error',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    path.join(work, 'list.txt'),
    '-vf',
    'fps=5,format=yuv420p',
    '-c:v',
    'libvpx-vp9',
    '-b:v',
    '0',
    '-crf',
    '42',
    '-row-mt',
    '1',
    '-an',
    '-t',
    String(cues.at(-1).end),
    out,
  ],
  { stdio: 'inherit' },
);
fs.rmSync(work, { recursive: true, force: true });
console.log(`${out}: ${(fs.statSync(out).size / 1024).toFixed(0)} KB, ${cues.length} cards, ${cues.at(-1).end} s`);
