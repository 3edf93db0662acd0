// WebVTT, as far as the site uses it: cues with a start, an end and text (subtitles and
// chapters). Pure, so the tests parse every file in-process. A file that is not valid
// WebVTT is an error naming the file and the line.

export interface Cue {
  /** Seconds. */
  start: number;
  end: number;
  text: string;
}

export class VttError extends Error {
  override name = 'VttError';
}

const TIME = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

export function parseTime(value: string): number | undefined {
  const match = TIME.exec(value.trim());
  if (!match) return undefined;
  const [, hours = '0', minutes, seconds, millis] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) + Number(millis) / 1000;
}

/** "1:05" or "1:02:05" for a number of seconds. */
export function formatTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function parseVtt(source: string, file: string): Cue[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw new VttError(`${file}:1: expected the first line to be WEBVTT`);
  const cues: Cue[] = [];
  let index = 1;
  while (index < lines.length) {
    // Skip blank lines; a block is everything up to the next blank line.
    if (!lines[index]!.trim()) {
      index += 1;
      continue;
    }
    const start = index;
    const block: string[] = [];
    while (index < lines.length && lines[index]!.trim()) block.push(lines[index++]!);
    if (/^(NOTE|STYLE|REGION)\b/.test(block[0]!)) continue;
    const timingAt = block.findIndex((line) => line.includes('-->'));
    if (timingAt < 0 || timingAt > 1) throw new VttError(`${file}:${start + 1}: expected a cue timing "00:00.000 --> 00:05.000"`);
    const [from = '', rest = ''] = block[timingAt]!.split('-->');
    const begin = parseTime(from);
    const end = parseTime(rest.trim().split(/\s+/)[0] ?? '');
    if (begin === undefined || end === undefined)
      throw new VttError(`${file}:${start + timingAt + 1}: "${block[timingAt]}" is not a valid cue timing; expected "00:00.000 --> 00:05.000"`);
    if (end <= begin) throw new VttError(`${file}:${start + timingAt + 1}: the cue ends before it starts`);
    const text = block
      .slice(timingAt + 1)
      .join('\n')
      .trim();
    if (!text) throw new VttError(`${file}:${start + timingAt + 1}: the cue has no text`);
    cues.push({ start: begin, end, text });
  }
  return cues;
}

/** The problems of a set of cues against the media's duration: order, overlap, length. */
export function cueProblems(cues: readonly Cue[], duration: number, file: string): string[] {
  const problems: string[] = [];
  if (cues.length === 0) problems.push(`${file}: no cues`);
  cues.forEach((cue, index) => {
    const previous = cues[index - 1];
    if (previous && cue.start < previous.end) problems.push(`${file}: cue ${index + 1} starts at ${cue.start}s, before cue ${index} ends (${previous.end}s)`);
    if (cue.end > duration + 0.001) problems.push(`${file}: cue ${index + 1} ends at ${cue.end}s, after the video (${duration}s)`);
  });
  return problems;
}

/** Chapters must cover the whole video: from 0 to its end, with no gap. */
export function chapterProblems(chapters: readonly Cue[], duration: number, file: string): string[] {
  const problems = cueProblems(chapters, duration, file);
  if (chapters.length && chapters[0]!.start !== 0) problems.push(`${file}: the first chapter starts at ${chapters[0]!.start}s; expected 0`);
  chapters.forEach((chapter, index) => {
    const next = chapters[index + 1];
    if (next && Math.abs(next.start - chapter.end) > 0.001) problems.push(`${file}: a gap between chapter ${index + 1} and ${index + 2}`);
  });
  const last = chapters.at(-1);
  if (last && Math.abs(last.end - duration) > 0.5)
    problems.push(`${file}: the last chapter ends at ${last.end}s; expected the end of the video (${duration}s)`);
  return problems;
}

/**
 * A cue's text as plain spans, keeping WebVTT's language spans (`<lang nl>VDAB</lang>`) so
 * the transcript can mark them; every other cue tag is dropped.
 */
export function cueSpans(text: string): { text: string; lang?: string }[] {
  const spans: { text: string; lang?: string }[] = [];
  const pattern = /<lang ([A-Za-z-]+)>([\s\S]*?)<\/lang>/g;
  let at = 0;
  const plain = (value: string) =>
    value
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) spans.push({ text: plain(text.slice(at, match.index)) });
    spans.push({ text: plain(match[2]!), lang: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < text.length) spans.push({ text: plain(text.slice(at)) });
  return spans.filter((span) => span.text);
}
