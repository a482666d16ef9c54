// Without JavaScript ($JAMFOR_SITE): each chart's place says what it would show and that the
// numbers are in the table, is no image (there is none), and that table is where it says; on
// the first 40 pages with charts (the national site repeats its templates 290 times).
//   JAMFOR_SITE=build/test-sites/blekinge node --test tests/browser/nojs.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { htmlFiles, launchChromium } from './browser.mjs';
import { siteWords } from './words.mjs';

const SITE = process.env.JAMFOR_SITE && path.resolve(process.env.JAMFOR_SITE);
const WORDS = siteWords(SITE);
const present = SITE && fs.existsSync(path.join(SITE, 'index.html'));
const skip = !present && (process.env.JAMFOR_SITE_OPTIONAL === '1' ? `no site in ${SITE}: it is built only with ../shared/data` : false);

test('without JavaScript every chart says where its numbers are, and no page is left without a table', { skip, timeout: 300_000 }, async (t) => {
  const pages = htmlFiles(SITE).filter((f) => fs.readFileSync(f, 'utf8').includes('class="vl-chart"')).slice(0, 40);
  assert.ok(pages.length > 0, 'no page with a chart');
  const browser = await launchChromium();
  const problems = [];
  let charts = 0;
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    for (const file of pages) {
      await tab.goto(pathToFileURL(file).href);
      const state = await tab.$$eval('.vl-chart', (els) => els.map((el) => {
        const text = el.textContent.trim();
        const tables = [...document.querySelectorAll('table')];
        return { role: el.getAttribute('role'), text, visible: el.getBoundingClientRect().height > 0,
          before: tables.some((t) => el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING),
          after: tables.some((t) => el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) };
      }));
      const rel = path.relative(SITE, file);
      for (const s of state) {
        charts++;
        if (s.role) problems.push(`${rel}: a chart that is not drawn has role="${s.role}"`);
        const place = s.text.match(WORDS.chartPlace);
        if (!place) problems.push(`${rel}: the chart's place says "${s.text.slice(0, 80)}"`);
        if (!s.visible) problems.push(`${rel}: the chart's text is not visible`);
        // The table the text points to: one after the chart ("below") or before it ("above").
        if (place && !(place[1] === WORDS.above ? s.before : s.after)) {
          problems.push(`${rel}: no table where the chart's text says its numbers are`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  t.diagnostic(`${charts} charts on ${pages.length} pages without JavaScript`);
  if (problems.length) assert.fail(problems.slice(0, 30).join('\n'));
});
