// Shared by the browser tests: headless Chromium, a static server with the strict policy, and
// the signs that a page's charts have drawn.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const CHROMIUM = process.env.JAMFOR_CHROMIUM || '/usr/bin/chromium';

// The strict policy a municipality's web server may send (issue 8); the pages' own <meta>
// policy must not need more.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'";

// Proof that a chart drew data, not just axes: vega gives data marks role "mark"; axes,
// legends and titles have other roles.
export const MARK_SELECTOR = 'g.role-mark > *';

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.zip': 'application/zip', '.svg': 'image/svg+xml' };

export function htmlFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(file));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(file);
  }
  return out.sort();
}

// A plain static file server on loopback, as a municipality's web server would serve the site,
// with the strict Content-Security-Policy header. Resolves to { server, origin }.
export async function serveSite(site) {
  const root = path.resolve(site);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': STRICT_CSP,
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  if (!fs.existsSync(CHROMIUM)) assert.fail(`Chromium not found at ${CHROMIUM}; set JAMFOR_CHROMIUM to its path`);
  // Playwright creates a fresh temporary user-data-dir for every launch() (and rejects
  // --user-data-dir in args), so each run starts clean.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// One tab for many pages: a new tab costs a renderer process and roughly doubles the time per
// page. Its listeners report into sink.problems, which the caller swaps for each page.
// isLocal(url) says which requests are allowed.
export async function openTab(context, sink, isLocal) {
  const tab = await context.newPage();
  // Chromium also logs a violation to the console, but not every kind; the event sees them all.
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  tab.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      const loc = msg.location();
      const at = loc?.url ? ` (${loc.url.split('/').pop()}:${loc.lineNumber})` : '';
      // First line only: the rest is a stack trace into minified code.
      sink.problems.push(`console.${msg.type()}: ${msg.text().split('\n')[0]}${at}`);
    }
  });
  tab.on('pageerror', (err) => sink.problems.push(`uncaught exception: ${err.message}`));
  tab.on('requestfailed', (req) =>
    sink.problems.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? '?'})`));
  tab.on('request', (req) => {
    if (!isLocal(req.url())) sink.problems.push(`request to a server: ${req.url()}`);
  });
  return tab;
}

// Runs in the page. Done when every chart has either drawn data marks or been replaced by
// jamfor.js's failure message (no point waiting out the timeout then).
export function allChartsSettled(markSelector) {
  const charts = document.querySelectorAll('.vl-chart');
  for (const el of charts) {
    if (el.classList.contains('vl-chart-failed')) continue;
    if (el.getAttribute('data-rendered') !== 'true') return false;
    const svg = el.querySelector('svg');
    if (!svg || !svg.querySelector(markSelector)) return false;
  }
  return true;
}
