// Who publishes the site, from one file (content/publisher.json): pure, so tests parse mocked
// input in-process. A detail is shown to readers only when it names the official page it comes
// from and when that page was consulted; the others are listed for editors (needsCheck) and
// left out of every page. Bad input fails the build naming the file, the field and what was expected.
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../site-env.ts';
import { DATA_FILES } from './data-files.ts';
import { publisherSchema, type PublisherData } from './schemas.ts';

export class PublisherError extends Error {
  override name = 'PublisherError';
}

export const CONTACT_FIELDS = ['postalAddress', 'phone', 'email', 'contactPage'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface Sourced {
  value: string;
  source: string;
  consulted: string;
}

export interface Publisher {
  name: Sourced;
  website: Sourced;
  /** Confirmed contact details, in the order a reader looks for them. */
  contact: (Sourced & { field: ContactField })[];
  /** What an editor must still confirm; never shown to readers. */
  needsCheck: { field: ContactField; note: string }[];
  links: PublisherData['links'];
}

/** Checks the file's content against the schema and splits confirmed details from open ones. */
export function parsePublisher(raw: unknown, file: string): Publisher {
  const parsed = publisherSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${file}: field "${issue.path.join('.') || '(the whole file)'}": ${issue.message}`);
    throw new PublisherError(problems.join('\n'));
  }
  const data = parsed.data;
  const ids = data.links.map((link) => link.id);
  const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (twice.length) throw new PublisherError(`${file}: field "links": "${twice[0]}" is listed twice; expected each id once`);
  const contact: Publisher['contact'] = [];
  const needsCheck: Publisher['needsCheck'] = [];
  for (const field of CONTACT_FIELDS) {
    const detail = data[field];
    if ('needsCheck' in detail) needsCheck.push({ field, note: detail.needsCheck });
    else contact.push({ field, ...detail });
  }
  return { name: data.name, website: data.website, contact, needsCheck, links: data.links };
}

let cache: Publisher | undefined;

/** content/publisher.json (SITE_CONTENT_DIR), read once per build. */
export function loadPublisher(dir = contentDir): Publisher {
  if (cache && dir === contentDir) return cache;
  const file = path.relative(process.cwd(), path.join(dir, DATA_FILES.publisher));
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, DATA_FILES.publisher), 'utf8'));
  } catch (error) {
    throw new PublisherError(
      `${file}: not readable as JSON (${(error as Error).message}); expected the publisher's details, see README "Who publishes the site"`,
    );
  }
  const publisher = parsePublisher(raw, file);
  if (dir === contentDir) cache = publisher;
  return publisher;
}
