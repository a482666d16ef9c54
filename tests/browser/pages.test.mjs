// Every page of a generated jamfor site ($JAMFOR_SITE), as a reader gets it: served with the
// strict Content-Security-Policy header, at 1280 px and on a 320 px phone.
//   1. axe-core finds no WCAG 2.1 A/AA violation, and the page logs no error, violates no
//      policy and asks no other server for anything;
//   2. at 320 px no page is wider than the screen (WCAG 1.4.10 reflow): wide tables scroll
//      inside their own box;
//   3. the Nu HTML Checker (vnu-jar) finds no error in any page.
//   JAMFOR_SITE=build/test-sites/blekinge node --test tests/browser/pages.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';

import { MARK_SELECTOR, allChartsSettled, htmlFiles, launchChromium, openTab, serveSite } from './browser.mjs';
import { siteWords } from './words.mjs';

const require = createRequire(import.meta.url);
const SITE = process.env.JAMFOR_SITE && path.resolve(process.env.JAMFOR_SITE);
const present = SITE && fs.existsSync(path.join(SITE, 'index.html'));
const skip = !present && (process.env.JAMFOR_SITE_OPTIONAL === '1'
  ? `no site in ${SITE}: it is built only with ../shared/data` : false);
const PHONE = 320;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function pages() {
  assert.ok(present, `no site in ${SITE}; build it first (bash scripts/setup.sh) or set JAMFOR_SITE`);
  return htmlFiles(SITE).map((f) => path.relative(SITE, f).split(path.sep).join('/'));
}

// Runs in the page: the elements that stick out past the right edge, innermost first, so the
// message names the culprit rather than <body>.
function overflow(width) {
  const out = [];
  const wide = document.documentElement.scrollWidth;
  if (wide <= width) return { wide, culprits: out };
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right <= width + 1 || r.width === 0) continue;
    // Inside a scrolling box the overflow is the box's, not the page's.
    let scroller = false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') { scroller = true; break; }
    }
    if (scroller) continue;
    if ([...el.children].some((c) => c.getBoundingClientRect().right > width + 1)) continue;
    const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
    out.push(`${name} to ${Math.round(r.right)} px ("${(el.textContent || '').trim().slice(0, 40)}")`);
    if (out.length === 3) break;
  }
  return { wide, culprits: out };
}

test('every page: no axe violation, console error, policy violation or other server; no sideways scrolling at 320 px',
  { skip, timeout: 1_500_000 }, async (t) => {
    const rels = pages();
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const { server, origin } = await serveSite(SITE);
    const isLocal = (url) => /^(data|blob|about):/i.test(url) || url.startsWith(origin + '/');
    const browser = await launchChromium();
    const failures = [];
    let charts = 0;
    let drawn = 0;
    // One tab per core: pages are independent, and axe on the national site's big tables is
    // what takes the time.
    const queue = [...rels];
    async function worker(context) {
      const sink = { problems: [] };
      let tab = await openTab(context, sink, isLocal);
      for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
        const problems = sink.problems = [];
        try {
          await tab.setViewportSize({ width: 1280, height: 900 });
          await tab.goto(`${origin}/${rel}`, { waitUntil: 'load', timeout: 30_000 });
          await tab.waitForFunction(allChartsSettled, MARK_SELECTOR, { polling: 50, timeout: 30_000 });
          const counts = await tab.evaluate(() => [document.querySelectorAll('.vl-chart').length,
            document.querySelectorAll('.vl-chart[data-rendered="true"]').length]);
          charts += counts[0];
          drawn += counts[1];
          // evaluate() runs as the debugger, outside the page's policy, as an inline script would not.
          if (!(await tab.evaluate(() => typeof window.axe === 'object'))) await tab.evaluate(axeSource);
          const result = await tab.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), AXE_TAGS);
          for (const v of result.violations)
            problems.push(`axe ${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          await tab.setViewportSize({ width: PHONE, height: 800 });
          // Charts that follow their container redraw on the resize.
          await tab.waitForTimeout(100);
          const { wide, culprits } = await tab.evaluate(overflow, PHONE);
          if (wide > PHONE) problems.push(`${wide} px wide at ${PHONE} px: ${culprits.join('; ')}`);
        } catch (err) {
          problems.push(err.message.split('\n')[0]);
          await tab.close().catch(() => {});
          tab = await openTab(context, sink, isLocal);
        }
        if (problems.length) failures.push(`${rel}:\n    ${problems.join('\n    ')}`);
      }
      await tab.close().catch(() => {});
    }
    try {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
      await context.route((url) => !isLocal(url.href), (route) => route.abort('blockedbyclient'));
      const cores = Math.max(1, Math.min(4, os.availableParallelism()));
      await Promise.all(Array.from({ length: cores }, () => worker(context)));
    } finally {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    }
    failures.sort();
    t.diagnostic(`${rels.length} pages; ${drawn} of ${charts} charts drawn under the strict policy`);
    assert.equal(drawn, charts, 'every chart draws');
    if (failures.length) assert.fail(`${failures.length} of ${rels.length} pages with problems:\n  ${failures.join('\n  ')}`);
  });

// The ranks of every year are compact cells (`<td class="cell-best">43</td>`): their icon and
// the class's words come from assets/classes.css, so a screen reader must still hear them.
test('compact class cells show their icon and are read out with their class', { skip, timeout: 120_000 }, async () => {
  // The ranks are on the KPI page, or for many municipalities on a page of their own.
  const kpiPages = ['kpi', 'ranks'].flatMap((kind) => pages().filter((rel) => new RegExp(`^compare/${kind}-[^/]+\\.html$`).test(rel)).slice(0, 3));
  if (!kpiPages.length) return;  // a site without comparison pages
  const { classes } = siteWords(SITE);
  const { server, origin } = await serveSite(SITE);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    let checked = 0;
    for (const rel of kpiPages) {
      await tab.goto(`${origin}/${rel}`, { waitUntil: 'load' });
      const rows = tab.locator('table.rank-history tbody tr');
      for (let i = 0; i < Math.min(await rows.count(), 5); i++) {
        const cells = await rows.nth(i).evaluate((tr) => [...tr.querySelectorAll('td[class^="cell-"]')].map((td) => ({
          cls: td.className.slice(5), text: td.textContent, icon: getComputedStyle(td, '::after').content })));
        const snapshot = await rows.nth(i).ariaSnapshot();
        for (const c of cells) {
          assert.ok(c.icon.includes(`/ " ${classes[c.cls]}"`), `${rel}: the icon of ${c.cls} (${c.icon})`);
          assert.ok(snapshot.includes(`cell "${c.text} ${classes[c.cls]}"`), `${rel}: "${c.text} ${classes[c.cls]}" in ${snapshot}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 0, 'no compact class cell checked');
  } finally {
    await browser.close();
    server.close();
  }
});

// The ranking's class column is badge cells (`<td class="badge-best"></td>`): assets/classes.css
// draws the badge (icon and words, as class_badge does) and a screen reader hears the words.
test('badge cells show the icon and the words of their class and are read out as the words', { skip, timeout: 120_000 }, async () => {
  const kpiPages = pages().filter((rel) => /^compare\/kpi-[^/]+\.html$/.test(rel)).slice(0, 3);
  if (!kpiPages.length) return;  // a site without comparison pages
  const icons = { best: '▲', middle: '■', worst: '▼', good: '✓', bad: '✗', unclassed: '○', 'no-value': '–' };
  const { classes } = siteWords(SITE);
  const { server, origin } = await serveSite(SITE);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    let checked = 0;
    for (const rel of kpiPages) {
      await tab.goto(`${origin}/${rel}`, { waitUntil: 'load' });
      // The ranking is folded away; a reader opens it.
      await tab.locator('details.ranking-details > summary').click();
      const rows = tab.locator('table.ranking tbody tr');
      for (let i = 0; i < Math.min(await rows.count(), 5); i++) {
        const cells = await rows.nth(i).evaluate((tr) => [...tr.querySelectorAll('td[class^="badge-"]')].map((td) => ({
          cls: td.className.slice(6), text: td.textContent, badge: getComputedStyle(td, '::before').content })));
        const snapshot = await rows.nth(i).ariaSnapshot();
        assert.equal(cells.length, 1, `${rel}: a badge cell in row ${i + 1}`);
        for (const c of cells) {
          const words = classes[c.cls];
          assert.equal(c.text, '', `${rel}: the badge cell holds no text of its own`);
          assert.equal(c.badge, `"${icons[c.cls]} ${words}" / "${words}"`, `${rel}: the badge of ${c.cls}`);
          assert.ok(snapshot.includes(`cell "${words}"`), `${rel}: "${words}" in ${snapshot}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 0, 'no badge cell checked');
  } finally {
    await browser.close();
    server.close();
  }
});

test('the Nu HTML Checker finds no error in any page', { skip }, () => {
  pages();
  const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  const r = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', SITE],
    { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) assert.fail(`cannot run java (the Nu checker needs Java 11 or later): ${r.error.message}`);
  const errors = r.stderr.split('\n').filter((l) => l.trim()).map((l) => l.replace(SITE + '/', ''));
  assert.deepEqual(errors.slice(0, 40), [], `${errors.length} Nu checker errors`);
  assert.equal(r.status, 0);
});
