// VideoPlayer: each example rendered. Nothing loads before play, the reader's subtitles are on
// unless the page's language watches as is, the download link names format, size and length
// in the reader's language; chapters and transcript that fall back carry their own lang and
// dir (the chapter titles inside a transcript in another language too); axe over both.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import VideoPlayer from './VideoPlayer.astro';
import { examples } from './VideoPlayer.examples';

describe('VideoPlayer', () => {
  it('an Arabic reader: no Arabic subtitles, so no default track; Dutch chapters and the English transcript marked with their languages', async () => {
    const root = parseHtml(await renderExample(VideoPlayer, examples.arabicReaderWithFallbacks));
    const video = root.querySelector('figure.video video')!;
    expect(video.attributes).toMatchObject({ preload: 'none', width: '640', height: '360' });
    expect(video.getAttribute('poster')).toMatch(/het-leven-zoals-het-wordt\.svg.*f=webp/);
    expect(video.querySelector('source')?.attributes).toMatchObject({ src: '/video/voorbeeld.webm', type: 'video/webm' });
    expect(video.querySelectorAll('track').map((track) => [track.getAttribute('kind'), track.getAttribute('srclang'), track.hasAttribute('default')])).toEqual([
      ['subtitles', 'nl', false],
      ['subtitles', 'en', false],
      ['chapters', 'nl', false],
    ]);
    expect(root.querySelector('figcaption a[download]')?.parentNode?.text.trim()).toBe('تنزيل الفيديو (WEBM، 3.4 م.ب، 1:00)');
    expect(root.querySelector('.video__stand-in')).not.toBeNull();
    // Chapters: the Dutch titles, marked, each a link that seeks without JavaScript.
    expect(root.querySelectorAll('.video__chapters ol a').map((link) => [link.getAttribute('href'), link.getAttribute('data-seek')])).toEqual([
      ['/video/voorbeeld.webm#t=0', '0'],
      ['/video/voorbeeld.webm#t=20', '20'],
    ]);
    expect(languageAt(root, 'الفصول', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, '0:20 Inschrijven en leren', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    // Transcript: English, by chapter; the chapter headings keep the chapters' Dutch; a Dutch word in a cue keeps its lang.
    expect(languageAt(root, 'You register at the gemeente.', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'gemeente', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    const transcript = root.querySelector('[data-transcript]')!;
    expect(transcript.querySelectorAll('h3').map((heading) => [heading.text.trim(), heading.getAttribute('lang')])).toEqual([
      ['0:00 Aankomen', 'nl'],
      ['0:20 Inschrijven en leren', 'nl'],
    ]);
    expect(transcript.querySelectorAll('p').map((cue) => cue.text)).toEqual(['You arrive.', 'You register at the gemeente.', 'You learn Dutch.']);
    expect(examples.arabicReaderWithFallbacks.props.video.fallbackLanguages).toEqual(['en', 'nl']);
  });

  it('a Dutch reader: Dutch watches as is (no default track); the Dutch chapters and transcript carry no lang of their own', async () => {
    const root = parseHtml(await renderExample(VideoPlayer, examples.dutchReaderPlain));
    expect(root.querySelectorAll('track[default]')).toHaveLength(0);
    expect(root.querySelector('figcaption a[download]')?.parentNode?.text.trim()).toBe('Download de video (WEBM, 3,4 MB, 1:00)');
    expect(root.querySelector('.video__chapters ol')?.hasAttribute('lang')).toBe(false);
    const transcript = root.querySelector('[data-transcript]')!;
    expect(transcript.querySelectorAll('[lang]')).toHaveLength(0);
    expect(transcript.hasAttribute('lang')).toBe(false);
    expect(transcript.querySelectorAll('h3, p').map((element) => element.text.trim())).toEqual([
      '0:00 Aankomen',
      'U komt aan.',
      '0:20 Inschrijven en leren',
      'U schrijft zich in bij de gemeente.',
      'U leert Nederlands.',
    ]);
  });

  it('the reader’s own subtitles are the default track when the language does not watch as is', async () => {
    const { exampleVideo } = await import('./VideoPlayer.examples');
    const root = parseHtml(await renderExample(VideoPlayer, { reader: 'en', props: { lang: 'en', video: exampleVideo('en') } }));
    expect(root.querySelectorAll('track[default]').map((track) => track.getAttribute('srclang'))).toEqual(['en']);
  });

  itPassesAxe(VideoPlayer, examples);
});
