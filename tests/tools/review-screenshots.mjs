// Screenshots for review: the start, goal, indicator, KPI, profile and county page of each
// site given, at 390 px (a phone) and 1280 px, the first screen and the whole page. Not a test:
// open the pictures and look. Build a site per language and pass them all:
//   node tests/tools/review-screenshots.mjs OUT_DIR build/site-ronneby-2016 build/test-sites/blekinge …
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { MARK_SELECTOR, allChartsSettled, htmlFiles, launchChromium } from '../browser/browser.mjs';

const [out, ...sites] = process.argv.slice(2);
if (!out || sites.length === 0) {
  console.error('usage: node tests/tools/review-screenshots.mjs OUT_DIR SITE_DIR...');
  process.exit(2);
}
const KINDS = { start: /^index\.html$/, goal: /^goals\//, indicator: /^indicators\/(?!index)/, kpi: /^compare\/kpi-/,
  profile: /^compare\/municipality-/, county: /^compare\/county-/ };
fs.mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  for (const site of sites) {
    const pages = htmlFiles(site).map((f) => path.relative(site, f).split(path.sep).join('/'));
    const lang = (fs.readFileSync(path.join(site, 'index.html'), 'utf8').match(/<html lang="([^"]+)"/) || [])[1] || 'xx';
    for (const width of [390, 1280]) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [kind, re] of Object.entries(KINDS)) {
        const rel = pages.find((p) => re.test(p));
        if (!rel) continue;
        await tab.goto(pathToFileURL(path.join(site, rel)).href);
        await tab.waitForFunction(allChartsSettled, MARK_SELECTOR, { polling: 50, timeout: 15_000 }).catch(() => {});
        await tab.waitForTimeout(200);
        const name = path.join(out, `${path.basename(site)}-${lang}-${kind}-${width}`);
        await tab.screenshot({ path: `${name}.png` });
        await tab.screenshot({ path: `${name}-full.png`, fullPage: true });
        const wide = await tab.evaluate(() => document.documentElement.scrollWidth);
        console.log(`${name}.png  ${rel}${wide > width ? `  (${wide} px wide!)` : ''}`);
      }
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
