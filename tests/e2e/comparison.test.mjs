// examples/blekinge as the regional group builds it, fetched from the Kolada look-alike over the
// shared data: a profile for each of the county's five municipalities judged against the
// group's targets, the county page, Ronneby only as the highlighted focus, and every KPI's
// ranks and classes (all years, women and men) against an independent computation from the
// source files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import {
  checkRankings, copyProject, htmlTable, jamfor, listFiles, readCsv, readJson, readSourceValues, repo,
  startKoladaServer, swedishNumber, tempDir,
} from './helpers.mjs';

const shared = path.resolve(repo, '../shared/data');
const haveShared = fs.existsSync(path.join(shared, 'kolada/values'));
const skip = !haveShared && `no ${shared}/kolada: the comparison tests need the shared Kolada data`;
const blekinge = { 1060: 'Olofström', 1080: 'Karlskrona', 1081: 'Ronneby', 1082: 'Karlshamn', 1083: 'Sölvesborg' };
let server;
let site;
let fetchedOn;

before(async () => {
  if (!haveShared) return;
  server = await startKoladaServer(['--data', path.join(shared, 'kolada')]);
  const project = copyProject('blekinge');
  // The project ships no map; point it at the shared boundaries.
  const toml = fs.readFileSync(path.join(project, 'jamfor.toml'), 'utf8');
  fs.writeFileSync(path.join(project, 'jamfor.toml'), toml.replace('[comparison]\n',
    `[comparison]\nboundaries = "${path.join(shared, 'geo/swedish_municipalities.geojson')}"\n`));
  const fetched = jamfor('fetch', project, '--kolada-url', server.url);
  assert.equal(fetched.code, 0, fetched.stderr);
  fetchedOn = new Date().toISOString().slice(0, 10);
  site = path.join(tempDir('compare'), 'site');
  const built = jamfor('build', project, '--out', site);
  assert.equal(built.code, 0, built.stderr);
  assert.match(built.stdout, /compared \d+ KPIs: 5 municipality profiles, 1 county page/);
});

after(() => server?.stop());

const page = (name) => fs.readFileSync(path.join(site, name), 'utf8');

// The directions the project sets: [comparison]'s lists and the indicators' own.
function projectDirections() {
  const toml = fs.readFileSync(path.join(repo, 'examples/blekinge/jamfor.toml'), 'utf8');
  const list = (key) => JSON.parse(toml.match(new RegExp(`\n${key} = (\\[[^\\]]*\\])`))[1].replace(/,\s*\]/, ']'));
  const directions = new Map();
  for (const id of list('higher_is_better')) directions.set(id, 'higher');
  for (const id of list('lower_is_better')) directions.set(id, 'lower');
  for (const indicator of projectIndicators()) directions.set(indicator.kolada, indicator.direction);
  return directions;
}

function projectIndicators() {
  const text = fs.readFileSync(path.join(repo, 'examples/blekinge/indicators.toml'), 'utf8');
  return text.split('[[indicator]]').slice(1).map((block) => {
    const get = (key) => block.match(new RegExp(`\n${key} = "([^"]*)"`))?.[1];
    const target = block.match(/\ntarget = \{ (\w+) = "?([^" }]+)"? \}/);
    return { id: get('id'), kolada: get('kolada'), direction: get('direction'), target: { [target[1]]: target[2] } };
  });
}

// The status rules of docs/project-format.md with the example's partial_tolerance = 10 and
// partial_if_improved = true, for the targets the example uses.
function expectedStatus(target, direction, value, previous) {
  if (value === null || value === undefined) return 'Ingen uppgift';
  const improved = previous !== null && (direction === 'lower' ? value < previous : value > previous);
  if ('change' in target) {
    if (previous === null) return 'Ingen uppgift';
    return (target.change === 'decrease' ? value < previous : value > previous) ? 'Uppnått' : 'Ej uppnått';
  }
  const bound = Number(target.at_most ?? target.at_least);
  const met = 'at_most' in target ? value <= bound : value >= bound;
  if (met) return 'Uppnått';
  const near = 'at_most' in target ? value <= bound * 1.1 : value >= bound * 0.9;
  return near || improved ? 'Delvis uppnått' : 'Ej uppnått';
}

test('the county page shows Blekinge\'s five municipalities, the county and Riket, and links each profile', { skip }, () => {
  const html = page('compare/county-10.html');
  assert.ok(html.includes('<h1>Blekinge län: kommunerna sida vid sida</h1>'));
  const byClass = htmlTable(html, 'Klass bland Sveriges 290 kommuner');
  assert.deepEqual(byClass.head, ['Nyckeltal', 'År', 'Karlshamn', 'Karlskrona', 'Olofström', 'Ronneby', 'Sölvesborg',
    'Blekinge län', 'Riket']);
  const byTarget = htmlTable(html, 'Mot projektets mål');
  assert.deepEqual(byTarget.head, ['Nyckeltal', 'År', 'Mål', 'Karlshamn', 'Karlskrona', 'Olofström', 'Ronneby', 'Sölvesborg']);
  assert.equal(byTarget.rows.length, projectIndicators().length);
  for (const [id, name] of Object.entries(blekinge)) assert.ok(html.includes(`<a href="municipality-${id}.html">${name}</a>`), name);
  // Kolada has no region value for N28018: the county cell is the mean of the five, marked.
  const n28018 = byClass.rows.find((r) => r.cells[0].text.startsWith('Nettokostnadsavvikelse LSS'));
  const source = readSourceValues(path.join(shared, 'kolada'), 'N28018');
  assert.equal(source.get('2022|T|0010') ?? null, null);
  const mean = Object.keys(blekinge).reduce((s, id) => s + source.get(`2022|T|${id}`), 0) / 5;
  assert.equal(n28018.cells[7].text, `${mean.toFixed(1).replace('.', ',').replace('-', '−')} %*`);
  assert.ok(/<sup>\*<\/sup> Medelvärde av kommunerna \(ovägt\), egen bearbetning/.test(html), 'the mark is explained');
  assert.ok(/class="vl-chart"[^>]*data-label="Karta: Blekinge läns kommuner/.test(html), 'a map');
  assert.ok(!/Region Blekinge/.test(html));
});

test('each of the five municipalities has a profile with its own values, ranks and target statuses', { skip }, () => {
  const kolada = path.join(shared, 'kolada');
  const statuses = new Map();
  for (const [id, name] of Object.entries(blekinge)) {
    const html = page(`compare/municipality-${id}.html`);
    assert.ok(html.includes(`<h1>${name}: kommunprofil</h1>`), name);
    const table = htmlTable(html, `${name} jämförd med Sveriges 290 kommuner`);
    assert.deepEqual(table.head, ['Nyckeltal', 'Värde', 'Förändring', 'Rang och klass', 'Mål', 'Mot riket', 'Mot länet']);
    const seen = [];
    for (const indicator of projectIndicators()) {
      const row = table.rows.find((r) => r.cells[0].html.includes(`href="kpi-${indicator.kolada}.html"`));
      assert.ok(row, `${name}: a row for ${indicator.kolada}`);
      // The latest ranked year, or the municipality's own last value with its year.
      const last = row.cells[1].text.match(/^– \(senast (.*) (\d{4})\)/);
      const year = last?.[2] ?? row.cells[1].html.match(/<span class="note">(\d{4})<\/span>/)[1];
      if (last) assert.ok(row.cells[4].text.endsWith(`(${year})`), `${name} ${indicator.kolada}: the status says its year`);
      const source = readSourceValues(kolada, indicator.kolada);
      const value = source.get(`${year}|T|${id}`);
      const previous = source.get(`${Number(year) - 1}|T|${id}`) ?? null;
      const status = row.cells[4].html.match(/<span class="status-icon"[^>]*>[^<]*<\/span> ([^<]+)<\/span>/)?.[1];
      assert.equal(status, expectedStatus(indicator.target, indicator.direction, value, previous),
        `${name} ${indicator.kolada} ${year}: ${value} (previous ${previous}) against ${JSON.stringify(indicator.target)}`);
      // The value as shown, to the indicator's decimals or more.
      assert.ok(Math.abs(swedishNumber(last?.[1] ?? row.cells[1].text) - value) <= 0.5, `${name} ${indicator.kolada}: value`);
      seen.push(status);
    }
    statuses.set(id, seen.join());
  }
  assert.ok(new Set(statuses.values()).size > 1, 'the five municipalities are judged on their own values');
});

test('ranks and classes of every KPI, every year, women and men, agree with an independent computation', { skip }, () => {
  const directions = projectDirections();
  const municipalities = readCsv(path.join(shared, 'kolada/meta/municipalities.csv')).map((m) => m.kommun.padStart(4, '0'));
  assert.equal(municipalities.length, 290);
  const total = { kpis: 0, rankings: 0, rows: 0, ties: 0, missing: 0, gendered: 0 };
  for (const file of fs.readdirSync(path.join(site, 'data/comparison'))) {
    const json = readJson(path.join(site, 'data/comparison', file));
    if (json.kpi.source !== 'Kolada') continue;
    assert.equal(json.kpi.direction, directions.get(json.kpi.id) ?? null, `${json.kpi.id}: direction`);
    assert.equal(json.fetched, fetchedOn);
    assert.deepEqual(json.population, { label: 'Sveriges 290 kommuner' });
    if (!json.kpi.direction) {
      assert.ok(json.rankings.every((r) => r.rows.every((row) => row[2] === null)), `${json.kpi.id}: no ranks without a direction`);
      continue;
    }
    const source = readSourceValues(path.join(shared, 'kolada'), json.kpi.id);
    const seen = checkRankings(json, source, municipalities, { lowerIsBetter: json.kpi.direction === 'lower' });
    assert.ok(seen.years.size >= 7, `${json.kpi.id}: ranked for ${[...seen.years]}`);
    total.kpis++;
    total.rankings += seen.rankings;
    total.rows += seen.rows;
    total.ties += seen.ties;
    total.missing += seen.missing;
    if (seen.genders.has('K') && seen.genders.has('M')) total.gendered++;
  }
  assert.ok(total.kpis >= 30, `${total.kpis} KPIs checked`);
  assert.ok(total.rows > 290 * 30 * 7, `${total.rows} rows checked`);
  assert.ok(total.ties > 0 && total.missing > 0, 'the data has ties and missing values');
  assert.ok(total.gendered >= 2, `${total.gendered} KPIs ranked for women and men`);
});

test('each KPI page shows the published ranking, the ranks over the years and by gender, Ronneby highlighted', { skip }, () => {
  let pages = 0;
  for (const file of fs.readdirSync(path.join(site, 'data/comparison'))) {
    const json = readJson(path.join(site, 'data/comparison', file));
    if (!json.kpi.direction || json.kpi.source !== 'Kolada') continue;
    const html = page(`compare/kpi-${json.kpi.id}.html`);
    const latest = json.rankings.filter((r) => r.gender === 'T').at(-1);
    const ranking = htmlTable(html, `Rangordning ${latest.year} bland Sveriges 290 kommuner`);
    assert.ok(ranking, `${json.kpi.id}: the ranking of ${latest.year}`);
    // Ranked rows in rank order, then those without a value.
    const ranked = latest.rows.filter((r) => r[2] !== null).sort((a, b) => a[2] - b[2]);
    assert.equal(ranking.rows.length, latest.rows.length);
    for (const [i, row] of ranking.rows.entries()) {
      const id = row.cells[1].html.match(/municipality-(\d{4})\.html/)?.[1];
      assert.equal(row.cls === 'focus', id === '1081', `${json.kpi.id}: only Ronneby is the focus`);
      assert.equal(row.cls === 'in-scope', id !== undefined && id !== '1081', `${json.kpi.id}: Blekinge is highlighted`);
      if (i >= ranked.length) {
        assert.equal(row.cells[0].text, '–');
        continue;
      }
      assert.equal(Number(row.cells[0].text), ranked[i][2], `${json.kpi.id}: rank in row ${i + 1}`);
      // Whole numbers on the page, one decimal in the JSON.
      assert.ok(Math.abs(Number(row.cells[3].text) - ranked[i][3]) <= 0.55, `${json.kpi.id}: percentile in row ${i + 1}`);
      assert.equal(row.cells[4].cls, `badge-${ranked[i][4]}`, `${json.kpi.id}: class in row ${i + 1}`);
    }

    // The ranks over the years, for the five in scope.
    const history = htmlTable(html, 'Rang per år');
    assert.deepEqual(history.rows.map((r) => r.cells[0].text).sort(), Object.values(blekinge).sort());
    const years = history.head.slice(1);
    for (const row of history.rows) {
      const id = Object.keys(blekinge).find((k) => blekinge[k] === row.cells[0].text);
      for (const [i, year] of years.entries()) {
        const entry = json.rankings.find((r) => r.year === Number(year) && r.gender === 'T');
        const want = entry?.rows.find((r) => r[0] === id);
        const cell = row.cells[i + 1];
        if (!want || want[2] === null) assert.match(cell.text, /^–/, `${json.kpi.id} ${year} ${id}`);
        else {
          assert.equal(swedishNumber(cell.text), want[2], `${json.kpi.id} ${year} ${id}: rank`);
          assert.equal(cell.cls, `cell-${want[4]}`, `${json.kpi.id} ${year} ${id}: class`);
        }
      }
    }

    // Women and men, where the KPI is divided by gender.
    const women = json.rankings.filter((r) => r.gender === 'K').at(-1);
    if (women) {
      const gender = htmlTable(html, 'Kvinnor');
      assert.ok(gender, `${json.kpi.id}: a table for women and men`);
      assert.equal(gender.rows.length, 5);
      for (const row of gender.rows) {
        const id = Object.keys(blekinge).find((k) => blekinge[k] === row.cells[0].text);
        const want = women.rows.find((r) => r[0] === id);
        if (want[2] !== null) assert.equal(row.cells[2].text, `${want[2]} av ${women.n}`, `${json.kpi.id} women ${id}`);
      }
    }
    pages++;
  }
  assert.ok(pages >= 30, `${pages} KPI pages checked`);
});

test('every page with Kolada values says when they were fetched, and none says "Rang 0"', { skip }, () => {
  let withKolada = 0;
  for (const file of listFiles(site).filter((f) => /\.(html|csv|json)$/.test(f))) {
    const text = fs.readFileSync(path.join(site, file), 'utf8');
    assert.ok(!/Rang 0\b|"rank":"0 av/.test(text), `${file} says rank 0`);
    if (!file.endsWith('.html')) continue;
    // What the reader sees: the <head>'s description repeats the project's own text.
    if (/Källa: Kolada/.test(text.replace(/<head>[\s\S]*<\/head>/, ''))) {
      assert.ok(new RegExp(`Källa: Kolada(, nyckeltal \\w+)?, hämtad ${fetchedOn}`).test(text), `${file}: the fetch date`);
      assert.ok(!text.includes('CC BY'), `${file}: no CC BY`);
      withKolada++;
    }
  }
  assert.ok(withKolada >= 45, `${withKolada} pages credit Kolada`);
  for (const id of Object.keys(blekinge)) assert.ok(page(`compare/municipality-${id}.html`).includes('Källa: Kolada, hämtad'), id);
  assert.ok(page('compare/county-10.html').includes('Källa: Kolada, hämtad'));
});
