// Named props for VideoPlayer, from the video model (src/model/video.ts) over mocked files: a
// one-minute WebM (only its header, padded to 3.4 MB), subtitles in Dutch and English, chapters
// only in Dutch. An Arabic reader gets the English transcript and the Dutch chapters, each
// marked; a Dutch reader watches as is (plainIn) and reads the Dutch transcript. The poster is
// the site's one drawing for videos (src/assets/video/).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { localizer } from '../../../tests/support/mock-content';
import { buildVideo, type VideoData } from '../../model/video';
import type VideoPlayer from './VideoPlayer.astro';

/** A WebM of `seconds`: Segment > Info > Duration (in the default timecode scale, milliseconds), then padding. */
function webm(seconds: number, bytes: number): Uint8Array {
  const duration = new Uint8Array(8);
  new DataView(duration.buffer).setFloat64(0, seconds * 1000);
  const header = [0x18, 0x53, 0x80, 0x67, 0x90, 0x15, 0x49, 0xa9, 0x66, 0x8b, 0x44, 0x89, 0x88, ...duration];
  const file = new Uint8Array(bytes);
  file.set(header);
  return file;
}

const vtt = (cues: [string, string, string][]) => `WEBVTT\n\n${cues.map(([start, end, text]) => `${start} --> ${end}\n${text}`).join('\n\n')}\n`;

const files: Record<string, string | Uint8Array> = {
  'video/voorbeeld.webm': webm(60, 3_400_000),
  'video/voorbeeld/nl.vtt': vtt([
    ['00:00.000', '00:20.000', 'U komt aan.'],
    ['00:20.000', '00:40.000', 'U schrijft zich in bij de gemeente.'],
    ['00:40.000', '01:00.000', 'U leert Nederlands.'],
  ]),
  'video/voorbeeld/en.vtt': vtt([
    ['00:00.000', '00:20.000', 'You arrive.'],
    ['00:20.000', '00:40.000', 'You register at the <lang nl>gemeente</lang>.'],
    ['00:40.000', '01:00.000', 'You learn Dutch.'],
  ]),
  'video/voorbeeld/chapters.nl.vtt': vtt([
    ['00:00.000', '00:20.000', 'Aankomen'],
    ['00:20.000', '01:00.000', 'Inschrijven en leren'],
  ]),
};

const data: VideoData = {
  file: 'video/voorbeeld.webm',
  tracks: 'video/voorbeeld',
  poster: 'het-leven-zoals-het-wordt',
  standIn: true,
  plainIn: ['nl'],
};

const read = (file: string) => {
  const content = files[file];
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
};

export const exampleVideo = (lang: string) => buildVideo(data, lang, { read }, localizer, 'content/nl/voorbeeld.mdx');

export const examples = {
  arabicReaderWithFallbacks: { reader: 'ar', props: { lang: 'ar', video: exampleVideo('ar') } },
  dutchReaderPlain: { reader: 'nl', props: { lang: 'nl', video: exampleVideo('nl') } },
} satisfies ComponentExamples<typeof VideoPlayer>;
