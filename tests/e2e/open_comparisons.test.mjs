// Open Comparisons tables through the real binary: a project with no Kolada store at all, the
// published wide shape from the fixture, bad names with "did you mean", and (with the shared
// data) a table of all 290 municipalities by name whose ranks are checked independently.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { expectedRanking, jamfor, readCsv, repo, smallProject, snapshot, tempDir } from './helpers.mjs';

const fixture = path.join(repo, 'tests/fixtures/open_comparisons');
const shared = path.resolve(repo, '../shared/data');
const haveShared = fs.existsSync(path.join(shared, 'kolada/values'));

// A project of only jamfor.toml, goals.toml and Open Comparisons tables: no Kolada store, no
// [kolada] table. The scope is Blekinge, Ronneby the focus.
function project(tables, scope = '["10"]') {
  const dir = smallProject('oj', `[comparison]\nscope = ${scope}\nfocus = "1081"\n\n[open_comparisons]\n` +
    `tables = [${tables.map((t) => JSON.stringify(t)).join(', ')}]\n`);
  fs.mkdirSync(path.join(dir, 'oj'));
  return dir;
}

// One indicator taking its outcomes from a measure of the fixture's table.
function writeIndicator(dir, { measure = 'oj-vantetid-nybesok', unit = 'dagar', direction = 'lower', more = '' } = {}) {
  fs.writeFileSync(path.join(dir, 'indicators.toml'), `[[indicator]]
id = "vantetid-bistand"
title = "Väntetid till beslut om försörjningsstöd vid nybesök"
unit = "${unit}"
direction = "${direction}"
open_comparisons = "${measure}"
${more}`);
}

function withFixture() {
  const dir = project(['oj/ekonomiskt-bistand-2022.toml']);
  for (const f of ['ekonomiskt-bistand-2022.csv', 'ekonomiskt-bistand-2022.toml'])
    fs.copyFileSync(path.join(fixture, f), path.join(dir, 'oj', f));
  return dir;
}

test('a published table becomes KPI pages, profiles and the county page, without a Kolada store', () => {
  const dir = withFixture();
  const site = path.join(tempDir('oj-site'), 'site');
  const r = jamfor('build', dir, '--out', site);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!fs.existsSync(path.join(dir, 'kolada.sqlite')), 'no store was made');

  const page = fs.readFileSync(path.join(site, 'compare/kpi-oj-vantetid-nybesok.html'), 'utf8');
  assert.match(page, /Mått oj-vantetid-nybesok ur Öppna jämförelser\. Lägre värde är bättre\./);
  assert.match(page, /<dt>Värde<\/dt><dd>15,0\u00a0dagar<\/dd>/);
  // Only the table's five municipalities: ranks, no quartiles, and the page says so.
  assert.match(page, /<dt>Rang<\/dt><dd>4\u00a0av\u00a04 \(bland de 5 kommunerna i jämförelsen med värde\)<\/dd>/);
  assert.match(page, /Bara 4 kommuner har värde, färre än 8, så ingen delas in i fjärdedelar; rangen visas\./);
  assert.doesNotMatch(page, /<dt>Klass<\/dt>/);
  assert.match(page, /Källa: Öppna jämförelser\. Rang, klasser.*egen bearbetning av data från Öppna jämförelser\./);
  assert.doesNotMatch(page, /Kolada/);
  // No Riket row in the table, and five municipalities of one county make no national mean.
  assert.match(page, /<dt>Riket<\/dt><dd>inget värde<\/dd>/);
  assert.match(page, /<dt>Blekinge län<\/dt><dd>11,5\u00a0dagar \(medelvärde av 4 kommuner, egen bearbetning\)<\/dd>/);
  const ranking = readCsv(path.join(site, 'compare/kpi-oj-vantetid-nybesok.csv'), ';');
  assert.deepEqual(ranking.map((r) => [r.namn, r['kön'], r['värde'], r.rang, r.klass]), [
    ['Karlskrona', 'T', '9', '1', 'ej klassad'],
    ['Sölvesborg', 'T', '10', '2', 'ej klassad'],
    ['Karlshamn', 'T', '12', '3', 'ej klassad'],
    ['Ronneby', 'T', '15', '4', 'ej klassad'],
    ['Olofström', 'T', '', '', 'inget värde'],
  ]);

  // A yes/no measure is coloured by the answer, not by quartile.
  const answers = fs.readFileSync(path.join(site, 'compare/kpi-oj-automatiserad-handlaggning.html'), 'utf8');
  assert.match(answers, /<dt>Värde<\/dt><dd>Ja<\/dd>/);
  assert.match(answers, /<dt>Klass<\/dt><dd><span class="cls cls-good"><span aria-hidden="true">✓<\/span> önskat svar<\/span><\/dd>/);
  assert.match(answers, /Ett ja\/nej-mått: kommunerna färgas efter svaret/);
  assert.match(answers, /<dt>Medelvärde \(ovägt\)<\/dt><dd>40\u00a0% ja<\/dd>/);

  const county = fs.readFileSync(path.join(site, 'compare/county-10.html'), 'utf8');
  const head = county.match(/<caption>Klass bland de 5 kommunerna i jämförelsen<\/caption>\n<thead><tr>(.*?)<\/tr><\/thead>/)[1];
  assert.deepEqual([...head.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]),
    ['Nyckeltal', 'År', 'Karlshamn', 'Karlskrona', 'Olofström', 'Ronneby', 'Sölvesborg', 'Blekinge län', 'Riket']);
  for (const id of ['1060', '1080', '1081', '1082', '1083'])
    assert.ok(fs.existsSync(path.join(site, `compare/municipality-${id}.html`)), `a profile for ${id}`);
});

test('an indicator measured by a table: its target judged for Ronneby and for every municipality', () => {
  const dir = withFixture();
  writeIndicator(dir, { more: 'decimals = 0\ntarget = { at_most = 10 }\n' });
  fs.appendFileSync(path.join(dir, 'goals.toml'), 'indicators = ["vantetid-bistand"]\n');
  const site = path.join(tempDir('oj-site'), 'site');
  const r = jamfor('build', dir, '--out', site);
  assert.equal(r.code, 0, r.stderr);
  const page = fs.readFileSync(path.join(site, 'indicators/vantetid-bistand.html'), 'utf8');
  assert.match(page, /15\u00a0dagar mot målet högst 10\u00a0dagar: ej uppnått\./);
  assert.match(page, /Källa: Öppna jämförelser, mått oj-vantetid-nybesok\. Målvärden, bedömningar, förändringar och medelvärden för riket och länet där källan saknar dem är egen bearbetning av data från Öppna jämförelser\./);
  assert.match(page, /<a href="\.\.\/compare\/kpi-oj-vantetid-nybesok\.html">Jämför med andra kommuner<\/a>/);
  const profile = fs.readFileSync(path.join(site, 'compare/municipality-1081.html'), 'utf8');
  const row = profile.match(/<tr><th scope="row"><a href="kpi-oj-vantetid-nybesok\.html">.*<\/tr>/)[0];
  assert.match(row, /högst 10\u00a0dagar<br><span class="status status-not-achieved">/);
  assert.match(row, /<td>15\u00a0dagar<br>/, 'the indicator\'s decimals = 0 apply');
  // Every municipality in scope is judged against the same target.
  const sölvesborg = fs.readFileSync(path.join(site, 'compare/municipality-1083.html'), 'utf8');
  assert.match(sölvesborg.match(/<tr><th scope="row"><a href="kpi-oj-vantetid-nybesok\.html">.*<\/tr>/)[0],
    /<span class="status status-achieved">/);
  const county = fs.readFileSync(path.join(site, 'compare/county-10.html'), 'utf8');
  const targets = county.slice(county.indexOf('<caption>Mot projektets mål'));
  const cells = [...targets.match(/<tr><th scope="row"><a href="kpi-oj-vantetid-nybesok\.html">.*<\/tr>/)[0]
    .matchAll(/<td class="cell-([a-z-]+)">/g)].map((m) => m[1]);
  // Karlshamn 12, Karlskrona 9, Olofström no value, Ronneby 15, Sölvesborg 10 against at most 10.
  assert.deepEqual(cells, ['not-achieved', 'achieved', 'no-data', 'not-achieved', 'achieved']);
});

test('an indicator naming a measure no table maps', () => {
  const dir = withFixture();
  writeIndicator(dir, { measure: 'oj-vantetid-nybesk' });
  const r = jamfor('check', dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /indicators\.toml:1:1: error: indicator 'vantetid-bistand' takes its values from the Open Comparisons measure 'oj-vantetid-nybesk', which no table in \[open_comparisons\] maps \(did you mean 'oj-vantetid-nybesok'\?\)/);
});

test('an unknown municipality name: file:line:col, did you mean, exit 1, the old site untouched', () => {
  const dir = withFixture();
  const site = path.join(tempDir('oj-site'), 'site');
  assert.equal(jamfor('build', dir, '--out', site).code, 0);
  const before = snapshot(site);
  const table = path.join(dir, 'oj/ekonomiskt-bistand-2022.csv');
  fs.writeFileSync(table, fs.readFileSync(table, 'utf8').replace('Blekinge län;Ronneby;', 'Blekinge län;Ronneb;')
    .replace('Karlshamn;12;', 'Karlshamn;tolv;'));
  const r = jamfor('build', dir, '--out', site);
  assert.equal(r.code, 1);
  const file = path.join(dir, 'oj/ekonomiskt-bistand-2022.csv');
  assert.match(r.stderr, new RegExp(`${file}:6:2: error: expected a municipality, region or Riket by code or name in column 'Kommun', got 'Ronneb' \\(did you mean 'Ronneby'\\?\\)`));
  assert.match(r.stderr, new RegExp(`${file}:7:3: error: expected a number such as 21 745 or 10,8 or '\\.\\.' for no value in column 'Väntetid till beslut vid nybesök, medelvärde \\(dagar\\)', got 'tolv'`));
  assert.deepEqual(snapshot(site), before);
});

test('errors in a table are reported in the same run as errors elsewhere in the project', () => {
  const dir = withFixture();
  fs.appendFileSync(path.join(dir, 'goals.toml'), 'colour = "grön"\n');
  const table = path.join(dir, 'oj/ekonomiskt-bistand-2022.csv');
  fs.writeFileSync(table, fs.readFileSync(table, 'utf8').replace('Blekinge län;Ronneby;', 'Blekinge län;Ronneb;'));
  const r = jamfor('check', dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /goals\.toml:6:1: error: unknown key 'colour'/);
  assert.match(r.stderr, /ekonomiskt-bistand-2022\.csv:6:2: error: .*got 'Ronneb' \(did you mean 'Ronneby'\?\)/);
});

test('an indicator and its measure that disagree on direction and unit', () => {
  const dir = withFixture();
  writeIndicator(dir, { unit: 'veckor', direction: 'higher' });
  const r = jamfor('check', dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /indicators\.toml:1:1: error: indicator 'vantetid-bistand' says higher is better, but its measure 'oj-vantetid-nybesok' says the opposite; make them agree/);
  assert.match(r.stderr, /indicators\.toml:1:1: error: indicator 'vantetid-bistand' has the unit 'veckor', but its measure 'oj-vantetid-nybesok' has 'dagar'; make them agree/);
});

test('a mapping file that is missing, and one naming a column the table lacks', () => {
  const dir = withFixture();
  fs.writeFileSync(path.join(dir, 'jamfor.toml'),
    fs.readFileSync(path.join(dir, 'jamfor.toml'), 'utf8').replace('tables = [', 'tables = ["oj/saknas.toml", '));
  const mapping = path.join(dir, 'oj/ekonomiskt-bistand-2022.toml');
  fs.writeFileSync(mapping, fs.readFileSync(mapping, 'utf8').replace('column = "Automatiserad handläggning"',
    'column = "Automatisk handläggning"'));
  const r = jamfor('check', dir);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /jamfor\.toml:13:11: error: expected an Open Comparisons mapping file, got no file '.*oj\/saknas\.toml'/);
  assert.match(r.stderr, new RegExp(`${mapping}:13:1: error: expected a column 'Automatisk handläggning' in the header of .*ekonomiskt-bistand-2022\\.csv \\(line 3\\), got none \\(did you mean 'Automatiserad handläggning'\\?\\)`));
});

test('a table of all 290 municipalities by name ranks as an independent computation says',
  { skip: !haveShared && `no ${shared}/kolada` }, () => {
    const municipalities = readCsv(path.join(shared, 'kolada/meta/municipalities.csv'));
    const kpis = { N31814: 'lower', U31402: 'lower', U30453: 'higher' };
    const year = '2021';
    const columns = Object.keys(kpis).map((k) => new Map(readCsv(path.join(shared, `kolada/values/${k}.csv`))
      .filter((r) => r.year === year).map((r) => [r.geo, r[k.toLowerCase()]])));
    // As published: names (some with "kommun"), decimal commas, ".." where there is no value.
    const cell = (v) => (v === undefined || v === '' ? '..' : v.replace('.', ','));
    const rows = municipalities.map((m, i) => [i % 7 === 0 ? `${m.name} kommun` : m.name,
      ...columns.map((c) => cell(c.get(m.kommun)))].join(';'));
    const dir = project(['oj/ifo.toml'], '"all"');
    fs.writeFileSync(path.join(dir, 'oj/ifo.csv'), `Öppna jämförelser ${year}\n\nKommun;${Object.keys(kpis).join(';')}\n` +
      `${rows.join('\n')}\nRiket;${columns.map((c) => cell(c.get('0000'))).join(';')}\n`);
    fs.writeFileSync(path.join(dir, 'oj/ifo.toml'), `table = "ifo.csv"\nyear = ${year}\narea_column = "Kommun"\n` +
      Object.entries(kpis).map(([k, d]) => `[[measure]]\ncolumn = "${k}"\nid = "oj-${k.toLowerCase()}"\ndirection = "${d}"\n`).join(''));
    const site = path.join(tempDir('oj-site'), 'site');
    const r = jamfor('build', dir, '--out', site);
    assert.equal(r.code, 0, r.stderr);
    let checked = 0, ties = 0, missing = 0;
    for (const [kpi, direction] of Object.entries(kpis)) {
      const source = columns[Object.keys(kpis).indexOf(kpi)];
      const values = municipalities.map((m) => {
        const v = source.get(m.kommun);
        return { id: m.kommun, value: v === undefined || v === '' ? null : Number(v) };
      });
      const expected = expectedRanking(values, direction === 'lower');
      const counts = new Map();
      for (const v of values.filter((x) => x.value !== null)) counts.set(v.value, (counts.get(v.value) ?? 0) + 1);
      ties += [...counts.values()].filter((c) => c > 1).length;
      missing += values.filter((v) => v.value === null).length;
      const ranked = readCsv(path.join(site, `compare/kpi-oj-${kpi.toLowerCase()}.csv`), ';').filter((r) => r['kön'] === 'T');
      assert.equal(ranked.length, 290, `${kpi}: every municipality is listed`);
      for (const row of ranked) {
        const want = expected.get(row['område']);
        assert.ok(want, `${kpi}: ${row['område']} is a municipality`);
        assert.equal(row.rang, want.rank === null ? '' : String(want.rank), `${kpi} ${row.namn}: rank`);
        assert.equal(row.klass, want.label, `${kpi} ${row.namn}: class`);
        checked++;
      }
      const page = fs.readFileSync(path.join(site, `compare/kpi-oj-${kpi.toLowerCase()}.html`), 'utf8');
      if (source.get('0000')) assert.doesNotMatch(page, /<dt>Riket<\/dt><dd>–<\/dd>/, `${kpi}: Riket's row is read`);
    }
    assert.equal(checked, 3 * 290);
    assert.ok(ties > 0, 'the data has ties');
    assert.ok(missing > 0, 'the data has missing values');
  });
