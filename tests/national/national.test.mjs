// The national site (examples/sverige, scope "all") as tests/browser/build_national_site.mjs
// built it into $JAMFOR_SITE from the value files in $NATIONAL_DATA: 290 profiles, 21 county
// pages and the national page, with every ranking recomputed independently from the source
// values (all years, women and men), including a yes/no KPI, a KPI where most share the worst
// value and one with gaps, and compared with the published JSON and the HTML.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
  checkRankings, htmlTable, NATIONAL_KPIS, readCsv, readJson, readSourceValues, repo, swedishNumber,
} from '../e2e/helpers.mjs';

const site = process.env.JAMFOR_SITE;
const data = process.env.NATIONAL_DATA;
const shared = path.resolve(repo, '../shared/data');
const skip = (!site || !fs.existsSync(path.join(site ?? '', 'index.html'))) &&
  `no national site in ${site}: it needs ${shared}/kolada (see tests/browser/build_national_site.mjs)`;
const haveNational = fs.existsSync(path.join(data ?? '', 'values/N05405.csv'));
const skipTraps = skip || (!haveNational && `no ${shared}/kolada-national.tgz: the KPIs chosen for their ranking traps are not there`);

const municipalities = skip ? [] : readCsv(path.join(shared, 'kolada/meta/municipalities.csv'))
  .map((m) => ({ id: m.kommun.padStart(4, '0'), name: m.name, county: m.region.padStart(2, '0') }));
const ids = municipalities.map((m) => m.id);
const page = (name) => fs.readFileSync(path.join(site, 'compare', name), 'utf8');
const published = (kpi) => readJson(path.join(site, 'data/comparison', `${kpi}.json`));

test('scope "all" gives 290 profiles, 21 county pages and the national page, all linked from the index', { skip }, () => {
  const files = fs.readdirSync(path.join(site, 'compare'));
  assert.equal(files.filter((f) => /^municipality-\d{4}\.html$/.test(f)).length, 290);
  assert.equal(files.filter((f) => /^county-\d{2}\.html$/.test(f)).length, 21);
  assert.ok(files.includes('country.html'));
  const index = page('index.html');
  for (const m of municipalities) assert.ok(index.includes(`<a href="municipality-${m.id}.html">${m.name}</a>`), m.name);
  assert.equal([...index.matchAll(/<a href="county-\d{2}\.html">/g)].length, 21);
  assert.ok(index.includes('<a href="country.html">'), 'the national page is linked');
});

test('each county page presents exactly its own municipalities, in Swedish order', { skip }, () => {
  const counties = [...new Set(municipalities.map((m) => m.county))];
  assert.equal(counties.length, 21);
  for (const county of counties) {
    const html = page(`county-${county}.html`);
    const table = htmlTable(html, 'Klass bland Sveriges 290 kommuner');
    const own = municipalities.filter((m) => m.county === county).map((m) => m.name)
      .sort((a, b) => a.localeCompare(b, 'sv'));
    const name = table.head.at(-2);
    assert.match(name, / län$/, `${county}: the county column`);
    assert.deepEqual(table.head, ['Nyckeltal', 'År', ...own, name, 'Riket'], `county-${county}`);
    assert.ok(!/Region [A-ZÅÄÖ]/.test(html), `county-${county}: the county, not the regional authority`);
  }
});

test('rankings of the trap KPIs and the gendered ones, every year and gender, agree with an independent computation', { skip: skipTraps }, () => {
  const kpiTitles = fs.readFileSync(path.join(shared, 'kolada/meta/kpi.csv'), 'utf8');
  const covered = {};
  for (const [kpi, direction] of Object.entries({ ...NATIONAL_KPIS, N31816: 'lower' })) {
    const json = published(kpi);
    const yesNo = new RegExp(`\n${kpi},"[^"]*\\(Ja=1, Nej=0\\)`).test(kpiTitles);
    assert.equal(json.kpi.kind, yesNo ? 'yes_no' : 'number', `${kpi}: kind`);
    const seen = checkRankings(json, readSourceValues(data, kpi), ids, { lowerIsBetter: direction === 'lower', yesNo });
    assert.ok(seen.years.size >= 3, `${kpi}: ${seen.years.size} years`);
    covered[kpi] = seen;
  }
  assert.ok(covered.N31814.genders.has('K') && covered.N31814.genders.has('M'), 'women and men');
  assert.ok(covered.N31814.missing > 0, 'missing values');
  assert.ok(covered.U28139.ties > 0 && covered.U00915.ties > 0, 'ties');

  // The cases the issue names, for the latest year.
  const latest = (kpi) => published(kpi).rankings.filter((r) => r.gender === 'T').at(-1);
  const count = (ranking, cls) => ranking.rows.filter((r) => r[4] === cls).length;
  const yesNo = latest('N05405');
  assert.equal(yesNo.classes, 'answers');
  assert.equal(count(yesNo, 'good') + count(yesNo, 'bad'), yesNo.n);
  assert.equal(count(yesNo, 'best') + count(yesNo, 'worst'), 0, 'yes/no answers are not quartiles');
  // 0 % shared by half the municipalities: one tie group, one class, one rank.
  const zeros = latest('U28139').rows.filter((r) => r[1] === 0);
  assert.ok(zeros.length > latest('U28139').n / 2);
  assert.equal(new Set(zeros.map((r) => `${r[2]} ${r[4]}`)).size, 1);
});

test('the KPI pages and the profiles show the published ranks and classes', { skip }, () => {
  // What assets/classes.css puts after a compact class cell: td.cell-best::after { content: " ▲"; … }
  const classSymbols = new Map([...fs.readFileSync(path.join(site, 'assets/classes.css'), 'utf8')
    .matchAll(/^td\.cell-([a-z-]+)::after \{ content: "([^"]*)";/gm)].map((m) => [m[1], m[2]]));
  assert.equal(classSymbols.size, 7, 'a symbol for every class');
  const kpis = Object.keys(NATIONAL_KPIS).filter((k) => fs.existsSync(path.join(site, `data/comparison/${k}.json`)));
  assert.ok(kpis.length >= 1);
  const profiles = new Map(municipalities.map((m) => [m.id, htmlTable(page(`municipality-${m.id}.html`), `${m.name} jämförd med`)]));
  for (const kpi of kpis) {
    const json = published(kpi);
    const ranking = json.rankings.filter((r) => r.gender === 'T').at(-1);
    const rows = new Map(ranking.rows.map((r) => [r[0], r]));
    const table = htmlTable(page(`kpi-${kpi}.html`), `Rangordning ${ranking.year} bland Sveriges 290 kommuner`);
    assert.equal(table.rows.length, 290, `${kpi}: every municipality`);
    for (const row of table.rows) {
      const id = row.cells[1].html.match(/municipality-(\d{4})\.html/)[1];
      const [, , rank, , cls] = rows.get(id);
      assert.equal(row.cells[0].text, rank === null ? '–' : String(rank), `${kpi} ${id}: rank`);
      assert.equal(row.cells[4].cls, `badge-${cls}`, `${kpi} ${id}: class ${cls}`);
    }
    for (const [id, profile] of profiles) {
      const row = profile.rows.find((r) => r.cells[0].html.includes(`href="kpi-${kpi}.html"`));
      const [, , rank, , cls] = rows.get(id);
      assert.equal(row.cells[3].cls, `cell-${cls}`, `${kpi} profile ${id}: class`);
      // The cell holds the rank; assets/classes.css adds the class's symbol after it.
      const symbol = { best: '▲', middle: '■', worst: '▼', good: '✓', bad: '✗', unclassed: '○', 'no-value': '–' }[cls];
      assert.equal(`${row.cells[3].text}${classSymbols.get(cls)}`, `${rank === null ? '–' : `${rank} av ${ranking.n}`} ${symbol}`,
        `${kpi} profile ${id}: rank`);
    }
  }
  for (const file of fs.readdirSync(path.join(site, 'compare')).filter((f) => f.endsWith('.html'))) {
    assert.ok(!/Rang 0\b|"rank":"0 av/.test(page(file)), `${file} says rank 0`);
  }
});

test('every municipality\'s rank in every year is a page of its own, linked from the KPI page, as published', { skip }, () => {
  const kpis = Object.keys(NATIONAL_KPIS).filter((k) => fs.existsSync(path.join(site, `data/comparison/${k}.json`)));
  assert.ok(kpis.length >= 1);
  for (const kpi of kpis) {
    const json = published(kpi);
    if (!json.kpi.direction) continue;
    const html = page(`kpi-${kpi}.html`);
    assert.ok(html.includes(`<a href="ranks-${kpi}.html">Rangen år för år för var och en av Sveriges 290 kommuner</a>`), `${kpi}: the link`);
    // Without a focus the KPI page draws no line of its own, so it keeps no row.
    assert.equal(htmlTable(html, 'Rang per år'), null, `${kpi}: no rank table on the KPI page`);
    const ranks = page(`ranks-${kpi}.html`);
    assert.ok(ranks.includes(`<a href="kpi-${kpi}.html">`), `${kpi}: the way back`);
    const table = htmlTable(ranks, 'Rang per år');
    const years = json.rankings.filter((r) => r.gender === 'T' && r.n > 0).map((r) => String(r.year));
    assert.deepEqual(table.head, ['Kommun', ...years], `${kpi}: every year ranked`);
    assert.deepEqual(table.rows.map((r) => r.cells[0].text), municipalities.map((m) => m.name).sort((a, b) => a.localeCompare(b, 'sv')),
      `${kpi}: every municipality, in Swedish order`);
    for (const row of table.rows) {
      const id = row.cells[0].html.match(/municipality-(\d{4})\.html/)[1];
      for (const [i, year] of years.entries()) {
        const want = json.rankings.find((r) => r.gender === 'T' && String(r.year) === year).rows.find((r) => r[0] === id);
        const cell = row.cells[i + 1];
        if (!want || want[2] === null) assert.equal(cell.text, '–', `${kpi} ${year} ${id}`);
        else assert.deepEqual([cell.text, cell.cls], [String(want[2]), `cell-${want[4]}`], `${kpi} ${year} ${id}`);
      }
    }
  }
});

test('the national page compares the 21 counties: Kolada\'s county value, or the marked mean of its municipalities', { skip }, () => {
  const html = page('country.html');
  const table = htmlTable(html, 'Länen per nyckeltal');
  assert.equal(table.head.length, 3 + 21);
  const counties = table.head.slice(3);
  const codes = [...html.matchAll(/<th scope="col"><a href="county-(\d{2})\.html">/g)].map((m) => m[1]);
  assert.equal(codes.length, 21);
  let means = 0, kolada = 0;
  for (const kpi of ['N31814', 'N31807', 'N28018']) {
    const json = published(kpi);
    const year = json.rankings.filter((r) => r.gender === 'T').at(-1).year;
    const source = readSourceValues(data, kpi);
    const row = table.rows.find((r) => r.cells[0].html.includes(`href="kpi-${kpi}.html"`));
    assert.equal(row.cells[1].text, String(year));
    for (const [i, code] of codes.entries()) {
      const cell = row.cells[3 + i];
      const own = source.get(`${year}|T|00${code}`) ?? null;
      const members = municipalities.filter((m) => m.county === code);
      const values = members.map((m) => source.get(`${year}|T|${m.id}`)).filter((v) => v !== null && v !== undefined);
      if (own === null && 2 * values.length < members.length) {
        assert.equal(cell.text, '–', `${kpi} ${counties[i]}: no mean of fewer than half`);
        continue;
      }
      const want = own ?? values.reduce((s, v) => s + v, 0) / values.length;
      assert.ok(Math.abs(swedishNumber(cell.text) - want) <= 0.051, `${kpi} ${counties[i]}: ${cell.text}, want ${want}`);
      assert.equal(cell.html.includes('<sup>*</sup>'), own === null, `${kpi} ${counties[i]}: marked as a mean`);
      if (own === null) means++;
      else kolada++;
    }
  }
  assert.ok(means > 0, 'some county values are our means');
  assert.ok(html.includes('<sup>*</sup> Medelvärde av kommunerna (ovägt), egen bearbetning'), 'the mark is explained');
  assert.ok(kolada > 0, 'some are Kolada\'s own');
});
