// Printing ($JAMFOR_SITE): one page of each kind printed to A4 in headless Chromium. Nothing
// is wider than the paper, the menu and search stay off the paper, and the page's address and
// build date are printed in the footer.
//   JAMFOR_SITE=build/test-sites/blekinge node --test tests/browser/print.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { MARK_SELECTOR, allChartsSettled, htmlFiles, launchChromium } from './browser.mjs';
import { siteWords } from './words.mjs';

const SITE = process.env.JAMFOR_SITE && path.resolve(process.env.JAMFOR_SITE);
const WORDS = siteWords(SITE);
const present = SITE && fs.existsSync(path.join(SITE, 'index.html'));
const skip = !present && (process.env.JAMFOR_SITE_OPTIONAL === '1' ? `no site in ${SITE}: it is built only with ../shared/data` : false);
// A4 is 210 mm; less the 15 mm margins of the print stylesheet that leaves 180 mm = 680 CSS px.
const PAPER = 680;
const KINDS = [/^index\.html$/, /^goals\//, /^indicators\/(?!index)/, /^compare\/kpi-/, /^compare\/municipality-/, /^compare\/county-/];

test('one page of each kind prints within A4 width, with its address and without the menu', { skip, timeout: 300_000 }, async (t) => {
  const all = htmlFiles(SITE).map((f) => path.relative(SITE, f).split(path.sep).join('/'));
  const pages = KINDS.map((re) => all.find((p) => re.test(p))).filter(Boolean);
  const browser = await launchChromium();
  const problems = [];
  try {
    const tab = await browser.newPage({ viewport: { width: PAPER, height: 1000 } });
    for (const rel of pages) {
      await tab.goto(pathToFileURL(path.join(SITE, rel)).href);
      await tab.waitForFunction(allChartsSettled, MARK_SELECTOR, { polling: 50, timeout: 15_000 });
      await tab.emulateMedia({ media: 'print' });
      await tab.waitForTimeout(150);
      const state = await tab.evaluate((paper) => {
        const wide = [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > paper + 1 &&
          !el.closest('.table-scroll')).map((el) => el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '')).slice(0, 3);
        const shown = (sel) => { const el = document.querySelector(sel); return !!el && getComputedStyle(el).display !== 'none'; };
        return { wide, menu: shown('.site-menu'), address: shown('.site-footer .print-only'),
          footer: document.querySelector('.site-footer')?.textContent ?? '' };
      }, PAPER);
      if (state.wide.length) problems.push(`${rel}: wider than A4: ${state.wide.join(', ')}`);
      if (state.menu) problems.push(`${rel}: the site menu is printed`);
      if (!state.address) problems.push(`${rel}: the page's address is not printed`);
      if (!WORDS.built.test(state.footer)) problems.push(`${rel}: no build date in the printed footer`);
      const pdf = await tab.pdf({ format: 'A4', preferCSSPageSize: true });
      const sheets = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      t.diagnostic(`${rel}: ${sheets} A4 pages`);
      await tab.emulateMedia({ media: 'screen' });
    }
  } finally {
    await browser.close();
  }
  assert.ok(pages.length >= 2, `only ${pages.length} kinds of page found`);
  if (problems.length) assert.fail(problems.join('\n'));
});
