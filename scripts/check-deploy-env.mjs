// `npm run build:deploy` runs this first: a build that will be published must know its public
// address, or every canonical link, hreflang, the sitemap and the PDF footers would say
// http://localhost:4321 and search engines would treat the site as a copy of nothing.
import { deployUrlProblem } from '../src/site-env.ts';

const problem = deployUrlProblem(process.env.SITE_URL);
if (problem) {
  console.error(`build:deploy refused: ${problem}
Set the address the site will be published at, e.g.
  SITE_URL=https://example.be npm run build:deploy
(For a build to look at on this machine, use npm run build.)`);
  process.exit(1);
}
console.log(`build:deploy: building for ${process.env.SITE_URL}`);
