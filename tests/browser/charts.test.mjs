// Checks the Vega-Lite charts of a generated jamfor site:
//   1. every Vega-Lite spec embedded in the HTML compiles without errors or
//      warnings (vega-lite's node API), and every .vl-chart points at one;
//   2. every page with a chart renders all its charts in headless Chromium
//      from file://, with no console errors/warnings, no uncaught exceptions,
//      no failed requests and no request to anything but local files, and
//      with the role/aria-label of each .vl-chart as the generator wrote them.
//
// Run from the repository root:
//   node --test tests/browser/
// Site folder: $JAMFOR_SITE (relative to the current directory), default
// build/site-ronneby-2016 under the repository root. A missing folder is a
// failure, not a skip: a silently skipped check is worse than none.
// Chromium: $JAMFOR_CHROMIUM, default /usr/bin/chromium.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { MARK_SELECTOR, allChartsSettled, htmlFiles, launchChromium, openTab, serveSite } from './browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SITE = process.env.JAMFOR_SITE
  ? resolve(process.env.JAMFOR_SITE)
  : join(root, 'build', 'site-ronneby-2016');
const PAGE_TIMEOUT_MS = 10_000;
// A site built only when the shared data is there (the national one) may be absent: then
// say so and skip, instead of failing.
const SKIP = process.env.JAMFOR_SITE_OPTIONAL === '1' && !existsSync(join(SITE, 'index.html')) &&
  `no site in ${SITE}: it is built only with ../shared/data`;


// ---------------------------------------------------------------- site scan

function requireSite() {
  if (!existsSync(SITE) || !statSync(SITE).isDirectory()) {
    assert.fail(
      `Site folder not found: ${SITE}\n` +
      'Build the site first (bash scripts/setup.sh), or point JAMFOR_SITE at a built site.');
  }
}

function attributes(tag) {
  const attrs = {};
  const re = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  // Skip the tag name itself.
  const body = tag.replace(/^<\s*[^\s>\/]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

// What the browser will see, extracted with regexes. That is enough for HTML
// we generate ourselves: script content is raw text (no entity decoding), and
// start tags do not contain '>' inside attribute values.
function scanPage(file) {
  const html = readFileSync(file, 'utf8');
  const jsonBlocks = [];
  for (const m of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]);
    if ((attrs.type || '').trim().toLowerCase() === 'application/json') {
      jsonBlocks.push({ id: attrs.id, text: m[2] });
    }
  }
  const charts = [];
  for (const m of html.matchAll(/<[a-z][^>]*>/gi)) {
    const attrs = attributes(m[0]);
    if ((attrs.class || '').split(/\s+/).includes('vl-chart')) {
      charts.push({ spec: attrs['data-spec'] });
    }
  }
  return { file, rel: relative(SITE, file), html, jsonBlocks, charts };
}

let scanned;
function scanSite() {
  requireSite();
  scanned ??= htmlFiles(SITE).map(scanPage);
  assert.ok(scanned.length > 0, `No *.html files under ${SITE}`);
  return scanned;
}

// ------------------------------------------------------ 1. static compile

// vega-lite's LoggerInterface (vega-util): level() is a getter/setter and
// every method returns the logger.
function collectingLogger() {
  let level = 0;
  const messages = [];
  const logger = {
    messages,
    level(v) { if (v === undefined) return level; level = v; return logger; },
    error(...args) { messages.push('error: ' + args.join(' ')); return logger; },
    warn(...args) { messages.push('warning: ' + args.join(' ')); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  return logger;
}

// vl.compile crashes on an unknown mark type with an unhelpful TypeError, so
// when it throws, name any mark type the schema does not know.
function unknownMarks(spec) {
  const schemaFile = join(dirname(fileURLToPath(import.meta.resolve('vega-lite'))), 'vega-lite-schema.json');
  const defs = JSON.parse(readFileSync(schemaFile, 'utf8')).definitions;
  const known = new Set([...defs.Mark.enum, defs.BoxPlot.const, defs.ErrorBar.const, defs.ErrorBand.const]);
  const found = new Set();
  (function walk(node) {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'data' || key === 'datasets') continue; // can be big, holds no marks
      if (key === 'mark') {
        const type = typeof value === 'string' ? value : value?.type;
        if (!known.has(type)) found.add(String(type));
      }
      walk(value);
    }
  })(spec);
  return [...found];
}

test('Vega-Lite specs compile without errors or warnings', { skip: SKIP }, async (t) => {
  const pages = scanSite();
  const vl = await import('vega-lite');
  const problems = [];
  let specCount = 0;

  for (const page of pages) {
    const specs = new Map(); // id -> is Vega-Lite
    for (const block of page.jsonBlocks) {
      const where = `${page.rel} #${block.id ?? '(no id)'}`;
      let spec;
      try {
        spec = JSON.parse(block.text);
      } catch (err) {
        problems.push(`${where}: invalid JSON: ${err.message}`);
        continue;
      }
      const isVegaLite = typeof spec?.$schema === 'string' && spec.$schema.includes('vega-lite');
      if (block.id !== undefined) {
        if (specs.has(block.id)) problems.push(`${where}: duplicate id`);
        specs.set(block.id, isVegaLite);
      }
      if (!isVegaLite) continue;
      specCount++;
      if (!block.id) problems.push(`${where}: Vega-Lite spec without id`);

      const logger = collectingLogger();
      try {
        vl.compile(spec, { logger });
      } catch (err) {
        const marks = unknownMarks(spec);
        const hint = marks.length ? ` (unknown mark type: ${marks.join(', ')})` : '';
        problems.push(`${where}: vl.compile threw: ${err.message}${hint}`);
      }
      for (const msg of logger.messages) problems.push(`${where}: ${msg}`);
    }
    for (const chart of page.charts) {
      if (!chart.spec) problems.push(`${page.rel}: .vl-chart without data-spec`);
      else if (!specs.has(chart.spec)) problems.push(`${page.rel}: .vl-chart data-spec="${chart.spec}" has no matching <script type="application/json">`);
      else if (!specs.get(chart.spec)) problems.push(`${page.rel}: .vl-chart data-spec="${chart.spec}" is not a Vega-Lite spec`);
    }
  }

  t.diagnostic(`${specCount} Vega-Lite specs in ${pages.length} HTML files under ${SITE}`);
  assert.ok(specCount > 0, `No Vega-Lite specs found under ${SITE}; wrong folder?`);
  if (problems.length) assert.fail(`Vega-Lite problems:\n  ${problems.join('\n  ')}`);
});

// ------------------------------------------------------ 2. in the browser

// The site must never contact a server other than the one it is served from;
// data:/blob: URLs are not network.
let siteOrigin = null;
function isLocal(url) {
  return /^(file|data|blob|about):/i.test(url) || (siteOrigin !== null && url.startsWith(siteOrigin + '/'));
}

// Runs in the page: per chart, what was drawn, and whether the role and
// aria-label written by the generator survived (Vega replaces them unless
// jamfor.js puts them back). The original values come from parsing the
// page's own HTML, so entities are decoded exactly as the browser does.
function chartStates({ markSelector, html }) {
  const source = new DOMParser().parseFromString(html, 'text/html');
  const originals = Array.from(source.querySelectorAll('.vl-chart'));
  return Array.from(document.querySelectorAll('.vl-chart')).map((el, i) => {
    const svg = el.querySelector('svg');
    const orig = originals[i];
    const changed = [];
    // A failed chart deliberately drops role="img"; see jamfor.js.
    const failed = el.classList.contains('vl-chart-failed');
    // Drawn, a chart is one image labelled as the generator wrote it (data-label).
    const wanted = { role: 'img', 'aria-label': orig ? orig.getAttribute('data-label') : null };
    for (const name of failed ? [] : ['role', 'aria-label']) {
      const want = wanted[name];
      const got = el.getAttribute(name);
      if (want !== got) changed.push(`${name} ${JSON.stringify(want)} became ${JSON.stringify(got)}`);
    }
    return {
      id: el.getAttribute('data-spec'),
      rendered: el.getAttribute('data-rendered') === 'true',
      svg: !!svg,
      marks: svg ? svg.querySelectorAll(markSelector).length : 0,
      text: svg ? '' : el.textContent.trim().slice(0, 120),
      changed,
    };
  });
}

async function checkPage(tab, page, problems) {
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  let notDrawn = '';
  try {
    const url = siteOrigin ? `${siteOrigin}/${page.rel.split(sep).join('/')}` : pathToFileURL(page.file).href;
    await tab.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    // All <script src> have run by 'load'. Without vegaEmbed, jamfor.js
    // leaves the charts alone, so waiting would only burn the timeout.
    if (!(await tab.evaluate(() => typeof window.vegaEmbed === 'function'))) {
      throw new Error('window.vegaEmbed is not defined after load; are the Vega scripts missing?');
    }
    await tab.waitForFunction(allChartsSettled, MARK_SELECTOR, {
      polling: 50,
      timeout: Math.max(1, deadline - Date.now()),
    });
  } catch (err) {
    notDrawn = `charts not drawn: ${err.message.split('\n')[0]}`;
  }
  let states = [];
  try {
    states = await tab.evaluate(chartStates, { markSelector: MARK_SELECTOR, html: page.html });
  } catch (err) {
    problems.push(`could not inspect the charts: ${err.message.split('\n')[0]}`);
  }
  const bad = [];
  for (const s of states) {
    if (!(s.rendered && s.svg && s.marks > 0)) {
      bad.push(`#${s.id}: data-rendered=${s.rendered}, svg=${s.svg}, marks=${s.marks}` +
        (s.text ? `, text "${s.text}"` : ''));
    }
    for (const c of s.changed) bad.push(`#${s.id}: ${c}`);
  }
  if (notDrawn || bad.length) {
    problems.push((notDrawn || 'charts not all drawn') + (bad.length ? `:\n      ${bad.join('\n      ')}` : ''));
  }
  // A hung or crashed tab must not take the following pages down with it.
  return !notDrawn;
}

// From file:// here; served over http with the strict policy header, every page is drawn by
// pages.test.mjs.
for (const mode of ['file://']) {
test(`charts render in headless Chromium from ${mode} without errors or other servers`, { skip: SKIP, timeout: 600_000 }, async (t) => {
  const pages = scanSite().filter((p) => p.charts.length > 0);
  assert.ok(pages.length > 0, `No page under ${SITE} has a .vl-chart`);

  const served = mode === 'file://' ? null : await serveSite(SITE);
  const server = served?.server;
  siteOrigin = served?.origin ?? null;
  const browser = await launchChromium();
  const failures = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // Belt and braces: abort anything non-local so a stray URL fails fast
    // (and is reported by the 'request' listener) instead of hanging.
    await context.route((url) => !isLocal(url.href), (route) => route.abort('blockedbyclient'));
    const sink = { problems: [] };
    let tab = await openTab(context, sink, isLocal);
    for (const page of pages) {
      const problems = sink.problems = [];
      if (!(await checkPage(tab, page, problems))) {
        await tab.close().catch(() => {});
        tab = await openTab(context, sink, isLocal);
      }
      if (problems.length) failures.push(`${page.rel}:\n    ${problems.join('\n    ')}`);
    }
  } finally {
    await browser.close();
    if (server) await new Promise((ok) => server.close(ok));
    siteOrigin = null;
  }

  const chartCount = pages.reduce((n, p) => n + p.charts.length, 0);
  t.diagnostic(`${chartCount} charts on ${pages.length} pages checked from ${mode}`);
  if (failures.length) assert.fail(`Chart pages with problems:\n  ${failures.join('\n  ')}`);
});
}
