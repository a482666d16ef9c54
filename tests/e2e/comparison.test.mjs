// The comparison pages of examples/blekinge, fetched from the Kolada look-alike over the shared
// data: the county page, and every KPI page's ranks and quartiles against an independent
// computation from the source files over all municipalities (ties and missing values included).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { bin, copyProject, expectedRanking, jamfor, readCsv, repo, tempDir } from './helpers.mjs';

const serverBin = process.env.KOLADA_SERVER_BIN || path.join(path.dirname(bin), 'kolada_test_server');
const shared = path.resolve(repo, '../shared/data');
const haveShared = fs.existsSync(path.join(shared, 'kolada/values'));
const skip = !haveShared && `no ${shared}/kolada`;
let server;
let site;

before(async () => {
  if (!haveShared) return;
  server = spawn(serverBin, ['--data', path.join(shared, 'kolada')], { stdio: ['pipe', 'pipe', 'inherit'] });
  let url;
  for await (const line of readline.createInterface({ input: server.stdout })) {
    url = line.match(/^listening on (\S+)$/)?.[1];
    if (url) break;
  }
  const project = copyProject('blekinge');
  // The project ships no map; point it at the shared boundaries.
  const toml = fs.readFileSync(path.join(project, 'jamfor.toml'), 'utf8');
  fs.writeFileSync(path.join(project, 'jamfor.toml'), toml.replace('[kolada]\n',
    `[kolada]\nboundaries = "${path.join(shared, 'geo/swedish_municipalities.geojson')}"\n`));
  const fetched = jamfor('fetch', project, '--kolada-url', url);
  assert.equal(fetched.code, 0, fetched.stderr);
  site = path.join(tempDir('compare'), 'site');
  const built = jamfor('build', project, '--out', site);
  assert.equal(built.code, 0, built.stderr);
});

after(() => server?.kill('SIGTERM'));

test('the county page lists Blekinge\'s five municipalities', { skip }, () => {
  const html = fs.readFileSync(path.join(site, 'compare/county.html'), 'utf8');
  const head = html.match(/<caption>Kvartil bland alla kommuner i riket<\/caption>\n<thead><tr>(.*?)<\/tr><\/thead>/)[1];
  const names = [...head.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
  assert.deepEqual(names, ['Nyckeltal', 'År', 'Karlshamn', 'Karlskrona', 'Olofström', 'Ronneby', 'Sölvesborg',
    'Region Blekinge', 'Riket']);
});

test('ranks and quartiles on every KPI page agree with an independent computation', { skip }, () => {
  const toml = fs.readFileSync(path.join(repo, 'examples/blekinge/jamfor.toml'), 'utf8');
  const list = (key) => JSON.parse(toml.match(new RegExp(`${key} = (\\[[^\\]]*\\])`))[1].replace(/,\s*\]/, ']'));
  const lower = new Set([...list('lower_is_better'), 'U31402', 'N33816', 'U33401']);
  const higher = new Set([...list('higher_is_better'), 'U31462']);
  const municipalities = readCsv(path.join(shared, 'kolada/meta/municipalities.csv')).map((m) => m.kommun.padStart(4, '0'));
  assert.equal(municipalities.length, 290);
  let checked = 0, ties = 0, missing = 0;
  for (const file of fs.readdirSync(path.join(site, 'compare')).filter((f) => /^kpi-.*\.csv$/.test(f))) {
    const kpi = file.slice(4, -4);
    if (!lower.has(kpi) && !higher.has(kpi)) continue;
    const ranked = readCsv(path.join(site, 'compare', file), ';');
    const year = ranked[0]['år'];
    const source = new Map(readCsv(path.join(shared, `kolada/values/${kpi}.csv`))
      .filter((r) => r.year === year).map((r) => [r.geo, r[kpi.toLowerCase()] === '' ? null : Number(r[kpi.toLowerCase()])]));
    const values = municipalities.map((id) => ({ id, value: source.has(id) ? source.get(id) : null }));
    const expected = expectedRanking(values, lower.has(kpi));
    const seen = new Map();
    for (const v of values.filter((x) => x.value !== null)) seen.set(v.value, (seen.get(v.value) ?? 0) + 1);
    ties += [...seen.values()].filter((c) => c > 1).length;
    missing += values.filter((v) => v.value === null).length;
    assert.equal(ranked.length, 290, `${kpi}: every municipality is listed`);
    for (const row of ranked) {
      const want = expected.get(row['område']);
      assert.ok(want, `${kpi}: ${row['område']} is a municipality`);
      assert.equal(row.rang, want.rank, `${kpi} ${year} ${row.namn}: rank`);
      assert.equal(row.kvartil, want.quartile, `${kpi} ${year} ${row.namn}: quartile`);
      checked++;
    }
  }
  assert.ok(checked > 290 * 25, `${checked} rows checked`);
  assert.ok(ties > 0, 'the data has ties');
  assert.ok(missing > 0, 'the data has missing values');
});

test('with a boundary file the county page draws one shape per municipality', { skip }, async () => {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.JAMFOR_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(pathToFileURL(path.join(site, 'compare/county.html')).href);
    await page.waitForFunction(() => document.querySelector('.vl-chart[data-rendered="true"] svg'), null, { timeout: 10_000 });
    const shapes = await page.evaluate(() => document.querySelectorAll('.vl-chart g.mark-shape path').length);
    assert.equal(shapes, 5);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
