// The W3C Nu HTML Checker (vnu-jar, run with Java) over every HTML file of a folder.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ValidationReport {
  files: number;
  errors: string[];
}

export function validateHtml(dir: string, files: string[]): ValidationReport {
  const vnu = createRequire(import.meta.url)('vnu-jar') as string;
  const result = spawnSync('java', ['-Xss2m', '-jar', vnu, '--format', 'json', '--exit-zero-always', ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`Could not run Java for the HTML checker (${result.error.message}); install a Java runtime (Debian: default-jre-headless)`);
  const { messages } = JSON.parse(result.stderr) as { messages: { type: string; subType?: string; url: string; lastLine?: number; message: string }[] };
  const errors = messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${path.relative(dir, fileURLToPath(message.url))}:${message.lastLine ?? '?'}: ${message.message}`);
  return { files: files.length, errors };
}
