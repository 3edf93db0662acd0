// The W3C Nu HTML Checker (vnu-jar, run with Java) over HTML files of a folder.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ValidationReport {
  /** The files the checker says it checked (not the number asked for). */
  files: number;
  errors: string[];
}

interface Message {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

export function validateHtml(dir: string, files: string[]): ValidationReport {
  const vnu = createRequire(import.meta.url)('vnu-jar') as string;
  // --verbose: vnu writes the name of each file it checks to stdout, so a file it skipped
  // (not found, not a file) shows up as missing from that list. One short batch run: the
  // quick compiler alone and the serial collector halve the CPU time Java spends.
  const result = spawnSync(
    'java',
    ['-Xss2m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', vnu, '--format', 'json', '--exit-zero-always', '--verbose', ...files],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw new Error(`Could not run Java for the HTML checker (${result.error.message}); install a Java runtime (Debian: default-jre-headless)`);
  const { messages } = JSON.parse(result.stderr) as { messages: Message[] };
  const where = (url = '') => (url.startsWith('file:') ? path.relative(dir, fileURLToPath(url)) : url);
  const checked = new Set(result.stdout.split('\n').filter(Boolean));
  const errors = [
    // Errors in a document, and errors that stopped vnu from reading one (non-document-error: I/O, schema, internal).
    ...messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error' || message.subType === 'fatal')
      .map((message) => `${where(message.url)}${message.lastLine ? `:${message.lastLine}` : ''}: ${message.message}`),
    ...files
      .filter((file) => !checked.has(file))
      .map((file) => {
        const said = messages.find((message) => where(message.url) === file)?.message;
        return `${file}: not checked${said ? ` (${said})` : ''}`;
      }),
  ];
  return { files: files.filter((file) => checked.has(file)).length, errors };
}
