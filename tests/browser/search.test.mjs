// The search page of a generated site ($JAMFOR_SITE), offline from file:// as a reader with a
// copied site would use it: typing part of a name, with other case and without å/ä/ö, lists
// the page, and its link opens the page with that title.
//   JAMFOR_SITE=build/test-sites/blekinge node --test tests/browser/search.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';

import { launchChromium } from './browser.mjs';
import { siteWords } from './words.mjs';

const SITE = process.env.JAMFOR_SITE && path.resolve(process.env.JAMFOR_SITE);
const WORDS = siteWords(SITE);
const indexFile = SITE && path.join(SITE, 'assets', 'search-index.js');
const skip = !(SITE && fs.existsSync(indexFile)) && (process.env.JAMFOR_SITE_OPTIONAL === '1'
  ? `no site in ${SITE}: it is built only with ../shared/data` : false);

function searchIndex() {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(indexFile, 'utf8'), sandbox);
  return sandbox.window.jamforSearchIndex;
}

// A piece from the middle of the title's longest word, upper-cased and with å, ä, ö as a, a, o,
// as someone might type it.
function typedPart(title) {
  const word = title.split(/[\s,()/]+/).sort((a, b) => b.length - a.length)[0];
  const part = word.length > 6 ? word.slice(1, 6) : word;
  return part.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
}

test('the search finds each kind of page by part of its name, offline from file://', { skip, timeout: 120_000 }, async (t) => {
  const index = searchIndex();
  const kinds = [...new Set(index.map((e) => e[0]))];
  assert.ok(kinds.length >= 2, `the search index has only ${kinds.join(', ')}`);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    for (const kind of kinds) {
      // The last of its kind, so a search that only ever shows the first entries fails.
      const [, title, href] = index.filter((e) => e[0] === kind).at(-1);
      const typed = typedPart(title);
      await tab.goto(pathToFileURL(path.join(SITE, 'search.html')).href);
      await tab.fill('#q', typed);
      const results = await tab.$$eval('#search-results li', (lis) => lis.map((li) => ({
        kind: li.querySelector('.search-kind').textContent, title: li.querySelector('a').textContent,
        href: li.querySelector('a').getAttribute('href') })));
      const status = await tab.textContent('#search-status');
      const hit = results.find((r) => r.title === title);
      assert.ok(hit, `${kind} "${title}": typing "${typed}" gave ${status} ${JSON.stringify(results.slice(0, 5))}`);
      assert.equal(hit.kind, kind);
      assert.equal(hit.href, href);
      assert.match(status, WORDS.hits);
      await tab.click(`#search-results a[href="${href}"]`);
      await tab.waitForLoadState('load');
      const h1 = (await tab.textContent('h1')).trim();
      assert.ok(h1.includes(title), `the ${kind} link opens its page, not "${h1}"`);
      t.diagnostic(`${kind}: "${typed}" → ${title} (${results.length} results)`);
    }
    // A query sent from the form (or a bookmark) is run when the page opens.
    const [, title] = index[0];
    await tab.goto(`${pathToFileURL(path.join(SITE, 'search.html')).href}?q=${encodeURIComponent(typedPart(title))}`);
    assert.ok((await tab.$$eval('#search-results a', (as) => as.map((a) => a.textContent))).includes(title));
    await tab.goto(`${pathToFileURL(path.join(SITE, 'search.html')).href}?q=qqqzzz`);
    assert.equal(await tab.textContent('#search-status'), WORDS.noHits);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
