// The files under content/ (src/model/content-files.ts): what no collection reads, names that
// would become other addresses, two files of one page, and pages too large to build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFiles, contentFileProblems, MAX_PAGE_BYTES, pageId, type ContentFile } from '../../src/model/content-files';

const files = (...paths: string[]): ContentFile[] => paths.map((file) => ({ path: file, bytes: 2_000 }));
const site = [
  'countries.json',
  'taalgids/phrases.json',
  'taalgids/translations/ar.json',
  'rugzak/items.json',
  'rugzak/translations/ar.json',
  'rugzak/translations/ar.yaml',
  'nl/index.mdx',
  'nl/film.mdx',
  'nl/pakket/index.mdx',
  'nl/pakket/brochure/aankomst-en-inschrijving.mdx',
  'ar/film.mdx',
  'ar/pakket/kaart.webp',
];

describe('the files under content/', () => {
  it('accepts pages, the images they import, the data sets and hidden system files', () => {
    expect(contentFileProblems(files(...site, 'nl/.DS_Store', '.git/config'))).toEqual([]);
  });

  it('names a data file in no data set’s folder, and says where data sets are listed', () => {
    expect(contentFileProblems(files(...site, 'nl/vragen.json', 'taalgids/extra/ar.json'))).toEqual([
      'content/nl/vragen.json: a file of type ".json" is not read; a page must be an .mdx file and data sets are listed in src/model/data-files.ts, so this one would be ignored and its readers would get another language',
      expect.stringMatching(
        /^content\/taalgids\/extra\/ar\.json: no collection reads this file; .* \(a new data set is added to src\/model\/data-files\.ts\)$/,
      ),
    ]);
  });

  it('names a translation saved as .md or .MDX, and any other file no collection reads', () => {
    expect(contentFileProblems(files(...site, 'en/film.md', 'en/pakket.MDX', 'tr/film.docx', 'taalgids/translations/ar.json.bak', 'notes.txt'))).toEqual([
      'content/en/film.md: a file of type ".md" is not read; a page must be an .mdx file (rename it to content/en/film.mdx), so this one would be ignored and its readers would get another language',
      'content/en/pakket.MDX: a file of type ".MDX" is not read; a page must be an .mdx file (rename it to content/en/pakket.mdx), so this one would be ignored and its readers would get another language',
      expect.stringMatching(
        /^content\/notes\.txt: no collection reads this file; pages are content\/<language>\/…\/<name>\.mdx, the data sets are content\/taalgids\/phrases\.json/,
      ),
      expect.stringMatching(/^content\/taalgids\/translations\/ar\.json\.bak: no collection reads this file/),
      'content/tr/film.docx: a file of type ".docx" is not read; a page must be an .mdx file, so this one would be ignored and its readers would get another language',
    ]);
  });

  it('refuses upper case, spaces and other characters in a page’s file or folder name, and suggests a name', () => {
    expect(contentFileProblems(files('nl/Wonen In Vlaanderen.mdx', 'nl/WerkZoeken.mdx', 'nl/Pakket/uitleg_kort.mdx', 'nl/één.mdx'))).toEqual([
      `content/nl/één.mdx: "één" is not allowed in a page's file or folder name, which becomes its address; use lower-case letters a-z, digits and hyphens only: rename it to content/nl/een.mdx`,
      `content/nl/Pakket/uitleg_kort.mdx: "Pakket", "uitleg_kort" is not allowed in a page's file or folder name, which becomes its address; use lower-case letters a-z, digits and hyphens only: rename it to content/nl/pakket/uitleg-kort.mdx`,
      `content/nl/WerkZoeken.mdx: "WerkZoeken" is not allowed in a page's file or folder name, which becomes its address; use lower-case letters a-z, digits and hyphens only: rename it to content/nl/werkzoeken.mdx`,
      `content/nl/Wonen In Vlaanderen.mdx: "Wonen In Vlaanderen" is not allowed in a page's file or folder name, which becomes its address; use lower-case letters a-z, digits and hyphens only: rename it to content/nl/wonen-in-vlaanderen.mdx`,
    ]);
  });

  it('names both files of one page: <slug>.mdx beside <slug>/index.mdx, and names that differ in case only', () => {
    expect(pageId('nl/Film.mdx')).toBe('nl/film');
    expect(pageId('nl/film/index.mdx')).toBe('nl/film');
    const problems = contentFileProblems(files(...site, 'nl/film/index.mdx', 'nl/Film.mdx'));
    expect(problems).toContain(
      'content/nl/film.mdx and content/nl/Film.mdx and content/nl/film/index.mdx are the same page (nl/film); only one would be published: keep one (a page with pages below it is <slug>/index.mdx, any other page <slug>.mdx)',
    );
    expect(problems).toContainEqual(expect.stringMatching(/^content\/nl\/Film\.mdx: "Film" is not allowed/));
    expect(contentFileProblems(files(...site, 'ar/pakket/index.mdx', 'ar/pakket.mdx'))).toEqual([
      expect.stringMatching(/^content\/ar\/pakket\.mdx and content\/ar\/pakket\/index\.mdx are the same page \(ar\/pakket\)/),
    ]);
  });

  it('refuses a page larger than the limit, saying how large it is and what to do', () => {
    expect(contentFileProblems([{ path: 'nl/groot.mdx', bytes: MAX_PAGE_BYTES }])).toEqual([]);
    expect(contentFileProblems([{ path: 'nl/groot.mdx', bytes: 5 * 1024 * 1024 }])).toEqual([
      'content/nl/groot.mdx: 5.0 MB is too large for one page (at most 100 KB; the longest page today is about 16 KB); split it into chapters (tools: [chapters] in the Dutch source) or remove what was pasted by mistake',
    ]);
  });

  it('passes on the site’s own content', () => {
    expect(() => checkContentFiles('content')).not.toThrow();
  });

  it('reads a folder and throws naming every problem', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-files-'));
    try {
      fs.mkdirSync(path.join(dir, 'en'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'en', 'film.md'), '# Film\n');
      fs.writeFileSync(path.join(dir, 'en', 'Groot.mdx'), 'x'.repeat(MAX_PAGE_BYTES + 1));
      expect(() => checkContentFiles(dir, 'content')).toThrow(
        /^Content files are invalid:\n {2}content\/en\/film\.md: a file of type "\.md" is not read[^\n]*\n {2}content\/en\/Groot\.mdx: "Groot" is not allowed[^\n]*\n {2}content\/en\/Groot\.mdx: 101 KB is too large/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
