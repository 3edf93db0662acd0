// The elections as the leaflets, the "Can I vote?" checker and the PDFs use them (pure, tested
// in-process: tests/unit/elections.test.ts). One entry per election in
// content/kiesrecht/verkiezingen.json; the pages show the next one and name the one before.
import { dateLocale } from '../i18n/date-locale.ts';
import type { ElectionData } from './schemas.ts';

export class ElectionDataError extends Error {
  override name = 'ElectionDataError';
}

export interface Elections {
  /** The next election on or after the build day (else the latest in the file). */
  next: ElectionData;
  /** The election before it, if the file has one. */
  previous?: ElectionData | undefined;
}

/** As the site writes dates (i18n/translate.ts formatDate, Arabic as in Morocco), without its I/O. */
const formatDate = (lang: string, date: Date) => new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
const day = (value: string) => new Date(`${value}T00:00:00Z`);
const isRealDay = (value: string) => !Number.isNaN(day(value).getTime()) && day(value).toISOString().startsWith(value);
/** The last moment an election day can be: the last day of its month while only the month is known. */
function lastPossibleDay(value: string): Date {
  if (value.length === 10) return day(value);
  const [year, month] = value.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0));
}
function firstPossibleDay(value: string): Date {
  return value.length === 10 ? day(value) : day(`${value}-01`);
}

/** Checks what the schema cannot (dates in order, ids unique) and picks the next election. */
export function buildElections(entries: readonly ElectionData[], file: string, today: Date): Elections {
  const problems: string[] = [];
  if (entries.length === 0) problems.push(`${file}: no election; expected at least one entry`);
  const seen = new Set<string>();
  for (const entry of entries) {
    const where = `${file}: election "${entry.id}"`;
    if (seen.has(entry.id)) problems.push(`${where}: field "id" is used twice; expected each election once`);
    seen.add(entry.id);
    const month = Number(entry.day.slice(5, 7));
    const real = month >= 1 && month <= 12 && (entry.day.length === 7 || isRealDay(entry.day));
    if (!real) {
      problems.push(`${where}: field "day" is "${entry.day}"; expected a real date (YYYY-MM-DD) or month (YYYY-MM)`);
      continue;
    }
    if (day(entry.registrationDeadline) >= firstPossibleDay(entry.day))
      problems.push(`${where}: field "registrationDeadline" is ${entry.registrationDeadline}; expected a day before the election (${entry.day})`);
    if (day(entry.registeredOn) >= firstPossibleDay(entry.day))
      problems.push(`${where}: field "registeredOn" is ${entry.registeredOn}; expected a day before the election (${entry.day})`);
    if (entry.day.slice(0, 4) !== entry.registrationDeadline.slice(0, 4))
      problems.push(`${where}: field "registrationDeadline" is ${entry.registrationDeadline}; expected a day in the election year ${entry.day.slice(0, 4)}`);
  }
  if (problems.length) throw new ElectionDataError(`Election data is invalid:\n  ${problems.join('\n  ')}`);
  const sorted = [...entries].sort((a, b) => firstPossibleDay(a.day).getTime() - firstPossibleDay(b.day).getTime());
  const index = sorted.findIndex((entry) => lastPossibleDay(entry.day) >= today);
  const at = index < 0 ? sorted.length - 1 : index;
  return { next: sorted[at]!, previous: sorted[at - 1] };
}

/** The facts a leaflet or checker text can name, by name (`<Election fact="…" />` in MDX, {{…}} in strings). */
export const ELECTION_FACTS = [
  'day',
  'year',
  'registrationDeadline',
  'registeredOn',
  'minimumAge',
  'nonEuResidenceYears',
  'noWithdrawalMonths',
  'previousDay',
  'checked',
] as const;
export type ElectionFact = (typeof ELECTION_FACTS)[number];

/** The election day as readers may see it: the full date once official, else month and year. */
export function formatElectionDay(lang: string, value: string): string {
  if (value.length === 10) return formatDate(lang, day(value));
  return new Intl.DateTimeFormat(dateLocale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day(`${value}-01`));
}

/** Every fact of the next election as text in `lang` (dates in that language's way). */
export function electionFacts(elections: Elections, lang: string): Record<ElectionFact, string> {
  const { next, previous } = elections;
  const number = new Intl.NumberFormat(dateLocale(lang)).format;
  return {
    day: formatElectionDay(lang, next.day),
    year: next.day.slice(0, 4),
    registrationDeadline: formatDate(lang, day(next.registrationDeadline)),
    registeredOn: formatDate(lang, day(next.registeredOn)),
    minimumAge: number(next.minimumAge),
    nonEuResidenceYears: number(next.nonEuResidenceYears),
    noWithdrawalMonths: number(next.noWithdrawalMonths),
    previousDay: previous ? formatElectionDay(lang, previous.day) : '',
    checked: formatDate(lang, day(next.checked)),
  };
}

/** The machine-readable value of a date fact, for <time datetime>. */
export function electionDatetime(elections: Elections, fact: ElectionFact): string | undefined {
  const { next, previous } = elections;
  const values: Partial<Record<ElectionFact, string | undefined>> = {
    day: next.day,
    year: next.day.slice(0, 4),
    registrationDeadline: next.registrationDeadline,
    registeredOn: next.registeredOn,
    previousDay: previous?.day,
    checked: next.checked,
  };
  return values[fact];
}
