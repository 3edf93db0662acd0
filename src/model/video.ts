// A page's video for one reader, without Astro: the file with its size and duration (read
// from the WebM itself), a subtitle track per language that has one, the chapters and the
// transcript in the reader's language along the site's one fallback order.
import { noticeLanguages, type Localized, type Localizer } from '../i18n/localized.ts';
import type { PageData } from './schemas.ts';
import { chapterProblems, cueProblems, parseVtt, type Cue } from './vtt.ts';
import { webmDuration } from './webm.ts';

export type VideoData = NonNullable<PageData['video']>;

export interface VideoFiles {
  /** A file under public/, or undefined when it does not exist. */
  read(file: string): Uint8Array | undefined;
}

export interface Video {
  src: string;
  type: string;
  bytes: number;
  duration: number;
  standIn: boolean;
  poster: string;
  /** One subtitle track per language that has one; `default` for the reader's, unless the reader's language is plainIn. */
  tracks: { lang: string; src: string; default: boolean }[];
  chapters: Localized<{ src: string; cues: Cue[] }>;
  /** The subtitles in the reader's language (or the fallback), by chapter. */
  transcript: Localized<{ title: string; start: number; cues: Cue[] }[]>;
  fallbackLanguages: string[];
}

export function buildVideo(data: VideoData, readerLang: string, files: VideoFiles, localizer: Localizer, pageFile: string): Video {
  const media = files.read(data.file);
  if (!media) throw new Error(`${pageFile}: field "video.file" is "${data.file}", but public/${data.file} does not exist`);
  const duration = data.file.endsWith('.webm') ? webmDuration(media) : Number.NaN;
  const cuesOf = (file: string): Cue[] | undefined => {
    const bytes = files.read(file);
    if (!bytes) return undefined;
    const cues = parseVtt(new TextDecoder().decode(bytes), `public/${file}`);
    const problems = Number.isNaN(duration)
      ? []
      : file.includes('/chapters.')
        ? chapterProblems(cues, duration, `public/${file}`)
        : cueProblems(cues, duration, `public/${file}`);
    if (problems.length) throw new Error(problems.join('\n  '));
    return cues;
  };
  const languages = localizer.languages.map((language) => language.code);
  const subtitles = new Map(
    languages.flatMap((lang) => {
      const cues = cuesOf(`${data.tracks}/${lang}.vtt`);
      return cues ? [[lang, cues] as const] : [];
    }),
  );
  const chapters = localizer.pick(readerLang, (lang) => {
    const cues = cuesOf(`${data.tracks}/chapters.${lang}.vtt`);
    return cues ? { src: `/${data.tracks}/chapters.${lang}.vtt`, cues } : undefined;
  });
  if (!chapters) throw new Error(`${pageFile}: no chapters for the video; expected public/${data.tracks}/chapters.nl.vtt`);
  const text = localizer.pick(readerLang, (lang) => subtitles.get(lang));
  if (!text) throw new Error(`${pageFile}: no subtitles for the video; expected public/${data.tracks}/nl.vtt`);
  const transcript = chapters.value.cues.map((chapter) => ({
    title: chapter.text,
    start: chapter.start,
    cues: text.value.filter((cue) => cue.start >= chapter.start && cue.start < chapter.end),
  }));
  const plain = data.plainIn.includes(readerLang);
  return {
    src: `/${data.file}`,
    type: data.file.endsWith('.webm') ? 'video/webm' : 'video/mp4',
    bytes: media.byteLength,
    duration,
    standIn: data.standIn,
    poster: data.poster,
    tracks: [...subtitles.keys()].map((lang) => ({ lang, src: `/${data.tracks}/${lang}.vtt`, default: !plain && lang === readerLang })),
    chapters,
    transcript: { ...text, value: transcript },
    fallbackLanguages: noticeLanguages(readerLang, chapters.isFallback ? [chapters.lang] : [], text.isFallback ? [text.lang] : []),
  };
}
