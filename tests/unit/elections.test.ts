// The election data (src/model/elections.ts, schema in schemas.ts) in-process: the next
// election is picked by date, a day known only by its month shows only the month, dates are
// written in the text's language, and bad data names the file, the election and the field.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateLocale } from '../../src/i18n/date-locale';
import { buildElections, electionFacts, ElectionDataError } from '../../src/model/elections';

const formatDateLikeSite = (lang: string, value: string) =>
  new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
import { electionSchema, type ElectionData } from '../../src/model/schemas';

const file = 'content/kiesrecht/verkiezingen.json';
const election = (fields: Partial<ElectionData> = {}): ElectionData =>
  electionSchema.parse({
    id: 'gemeenteraad-2030',
    kind: 'municipal',
    day: '2030-10',
    registrationDeadline: '2030-07-31',
    registeredOn: '2030-08-01',
    minimumAge: 18,
    nonEuResidenceYears: 5,
    noWithdrawalMonths: 3,
    compulsory: { flanders: false, brussels: true },
    checked: '2026-12-02',
    sources: ['Een bron, https://example.org (geraadpleegd 2026-12-02)'],
    ...fields,
  });
const previous = election({ id: 'gemeenteraad-2024', day: '2024-10-13', registrationDeadline: '2024-07-31', registeredOn: '2024-08-01' });
const today = new Date('2026-12-02T00:00:00Z');

describe('the next election', () => {
  it('is the first on or after today, with the one before it', () => {
    const { next, previous: before } = buildElections([election(), previous], file, today);
    expect(next.id).toBe('gemeenteraad-2030');
    expect(before?.id).toBe('gemeenteraad-2024');
  });
  it('stays the next one until the end of its month while only the month is known', () => {
    expect(buildElections([previous, election()], file, new Date('2030-10-31T12:00:00Z')).next.id).toBe('gemeenteraad-2030');
  });
  it('is the latest in the file once every election is past', () => {
    expect(buildElections([election(), previous], file, new Date('2031-01-01')).next.id).toBe('gemeenteraad-2030');
  });
});

describe('the facts as readers see them', () => {
  it('shows only the month while the day is not official, the full date once it is', () => {
    expect(electionFacts(buildElections([election(), previous], file, today), 'nl')).toMatchObject({
      day: 'oktober 2030',
      previousDay: '13 oktober 2024',
      registrationDeadline: '31 juli 2030',
      registeredOn: '1 augustus 2030',
      minimumAge: '18',
      year: '2030',
      checked: '2 december 2026',
    });
    expect(electionFacts(buildElections([election({ day: '2030-10-13' })], file, today), 'nl').day).toBe('13 oktober 2030');
  });
  it('writes dates in the language of the text: Bulgarian, Arabic as the rest of the site (Morocco)', () => {
    const elections = buildElections([election()], file, today);
    expect(electionFacts(elections, 'bg').registrationDeadline).toBe('31 юли 2030 г.');
    // Arabic dates as everywhere on the site (i18n/translate.ts formatDate): Moroccan month names, Western digits.
    expect(electionFacts(elections, 'ar').registrationDeadline).toBe(formatDateLikeSite('ar', '2030-07-31'));
    expect(electionFacts(elections, 'ar').registrationDeadline).toBe('31 يوليوز 2030');
    expect(electionFacts(elections, 'ar').day).toBe('أكتوبر 2030');
    expect(electionFacts(elections, 'ar').minimumAge).toBe('18');
    expect(electionFacts(elections, 'ar').previousDay).toBe('');
  });
  it('follow the data: a fixture election changes every date', () => {
    const fixture = election({ id: 'fixture-2036', day: '2036-10-12', registrationDeadline: '2036-07-15', registeredOn: '2036-08-01', checked: '2035-01-20' });
    expect(electionFacts(buildElections([fixture], file, today), 'nl')).toMatchObject({
      day: '12 oktober 2036',
      registrationDeadline: '15 juli 2036',
      checked: '20 januari 2035',
    });
  });
});

describe('bad election data fails with file, election and field', () => {
  it('a deadline after election day, outside the election year, a day that does not exist, an id twice', () => {
    const bad = [
      election({ registrationDeadline: '2030-11-01' }),
      election({ id: 'b', day: '2031-02-30', registrationDeadline: '2031-01-31' }),
      election({ id: 'c', day: '2032-10', registrationDeadline: '2031-12-31', registeredOn: '2032-08-01' }),
      election({ id: 'c', day: '2033-10', registrationDeadline: '2033-07-31', registeredOn: '2033-08-01' }),
    ];
    expect(() => buildElections(bad, file, today)).toThrow(ElectionDataError);
    const message = (() => {
      try {
        buildElections(bad, file, today);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toContain(
      `${file}: election "gemeenteraad-2030": field "registrationDeadline" is 2030-11-01; expected a day before the election (2030-10)`,
    );
    expect(message).toContain(`${file}: election "b": field "day" is "2031-02-30"; expected a real date (YYYY-MM-DD) or month (YYYY-MM)`);
    expect(message).toContain(`${file}: election "c": field "registrationDeadline" is 2031-12-31; expected a day in the election year 2032`);
    expect(message).toContain(`${file}: election "c": field "id" is used twice`);
  });
  it('the schema: a date in another format, an unknown field, no source', () => {
    const result = electionSchema.safeParse({ ...election(), registrationDeadline: '31/07/2030', deadline: 'x', sources: [] });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toContain('registrationDeadline: expected the last day to register as a voter written as YYYY-MM-DD, e.g. 2030-07-31');
    expect(issues).toContain('sources: expected at least one source (web address and the date consulted)');
    expect(issues.join('\n')).toMatch(/unknown field "deadline"; expected only these fields: id, kind, day/);
  });
  it('the real data file is valid, and what is unconfirmed is listed for editors, not shown', () => {
    const entries = (JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[]).map((entry) => electionSchema.parse(entry));
    const { next } = buildElections(entries, file, today);
    expect(next.day).toMatch(/^\d{4}-\d{2}$/);
    expect(next.needsCheck.join(' ')).toMatch(/precieze dag/);
  });
});
