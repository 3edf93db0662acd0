// Every WebVTT file of every video a page declares (public/<tracks>/), against the video's
// duration read from the file itself (no ffmpeg): valid WebVTT, cues in order and inside the
// video, no empty cue, as many cues in every language as in Dutch, chapters from start to end.
// The parser is tested on broken input first, so the checks below can fail.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { pageSchema } from '../../src/model/schemas';
import { chapterProblems, cueProblems, cueSpans, parseVtt } from '../../src/model/vtt';
import { webmDuration } from '../../src/model/webm';
import { readMdx } from '../../src/report/mdx-file';

describe('the WebVTT parser', () => {
  it('reads cues with their times and text', () => {
    expect(parseVtt('WEBVTT\n\n00:00.000 --> 00:05.000\nHallo\n\n1\n00:01:05.500 --> 00:01:07.000 align:start\nTwee\nregels\n', 'x.vtt')).toEqual([
      { start: 0, end: 5, text: 'Hallo' },
      { start: 65.5, end: 67, text: 'Twee\nregels' },
    ]);
  });
  it('refuses a file without the WEBVTT line, a bad timing and an empty cue, naming file and line', () => {
    expect(() => parseVtt('00:00.000 --> 00:05.000\nHallo\n', 'a.vtt')).toThrow('a.vtt:1: expected the first line to be WEBVTT');
    expect(() => parseVtt('WEBVTT\n\n00:00 --> 00:05.000\nHallo\n', 'b.vtt')).toThrow('b.vtt:3: "00:00 --> 00:05.000" is not a valid cue timing');
    expect(() => parseVtt('WEBVTT\n\n00:05.000 --> 00:01.000\nHallo\n', 'c.vtt')).toThrow('c.vtt:3: the cue ends before it starts');
    expect(() => parseVtt('WEBVTT\n\n1\n00:00.000 --> 00:01.000\n', 'd.vtt')).toThrow('d.vtt:4: the cue has no text');
  });
  it('keeps the language spans of a cue for the transcript and drops other tags', () => {
    expect(cueSpans('Ga naar <lang nl>VDAB</lang>, <b>nu</b>.')).toEqual([{ text: 'Ga naar ' }, { text: 'VDAB', lang: 'nl' }, { text: ', nu.' }]);
  });
  it('finds cues out of order or past the end, and chapters that leave a gap or stop early', () => {
    const cues = [
      { start: 0, end: 5, text: 'a' },
      { start: 4, end: 12, text: 'b' },
    ];
    expect(cueProblems(cues, 10, 'e.vtt')).toEqual(['e.vtt: cue 2 starts at 4s, before cue 1 ends (5s)', 'e.vtt: cue 2 ends at 12s, after the video (10s)']);
    expect(
      chapterProblems(
        [
          { start: 0, end: 3, text: 'a' },
          { start: 4, end: 8, text: 'b' },
        ],
        10,
        'f.vtt',
      ),
    ).toEqual(['f.vtt: a gap between chapter 1 and 2', 'f.vtt: the last chapter ends at 8s; expected the end of the video (10s)']);
  });
});

const videos = fs
  .readdirSync('content/nl', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => ({ file, video: pageSchema.parse(readMdx(path.join('content/nl', file)).frontMatter).video }))
  .filter((page) => page.video);

describe('the tracks of every declared video', () => {
  it('there is a video to check', () => expect(videos.length).toBeGreaterThan(0));
  for (const { file, video } of videos) {
    const duration = webmDuration(new Uint8Array(fs.readFileSync(path.join('public', video!.file))));
    const read = (name: string) => {
      const vtt = path.join('public', video!.tracks, name);
      return parseVtt(fs.readFileSync(vtt, 'utf8'), vtt);
    };
    it(`${file}: the video is a small file of known duration`, () => {
      console.log(`${video!.file}: ${duration} s, ${fs.statSync(path.join('public', video!.file)).size} bytes`);
      expect(duration).toBeGreaterThan(10);
      if (video!.standIn) expect(fs.statSync(path.join('public', video!.file)).size).toBeLessThan(1_000_000);
    });
    it(`${file}: subtitles in all ten languages, in order, inside the video, as many cues as in Dutch`, () => {
      const dutch = read('nl.vtt');
      for (const lang of localeCodes) {
        const cues = read(`${lang}.vtt`);
        expect(cueProblems(cues, duration, `${lang}.vtt`)).toEqual([]);
        expect(cues.length, `${lang}.vtt`).toBe(dutch.length);
        expect(
          cues.filter((cue) => !cueSpans(cue.text).some((span) => span.text.trim())),
          `${lang}.vtt empty cues`,
        ).toEqual([]);
        expect(
          cues.map((cue) => [cue.start, cue.end]),
          `${lang}.vtt timings`,
        ).toEqual(dutch.map((cue) => [cue.start, cue.end]));
      }
    });
    it(`${file}: chapters in all ten languages cover the whole video`, () => {
      for (const lang of localeCodes) expect(chapterProblems(read(`chapters.${lang}.vtt`), duration, `chapters.${lang}.vtt`)).toEqual([]);
    });
  }
});
