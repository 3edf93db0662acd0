// `npm run content:report`: prints what editors must know (src/report/content-report.ts) and
// writes the same as JSON to reports/content-report.json.
import fs from 'node:fs';
import { contentReport, printReport } from '../src/report/content-report.ts';
import { contentDir, localesDir } from '../src/site-env.ts';

const report = contentReport({ contentDir, localesDir });
printReport(report);
fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/content-report.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('Written: reports/content-report.json');
