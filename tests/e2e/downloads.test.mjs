// Every page's data in three forms (CSV for Swedish Excel, plain CSV, JSON) holding the same
// values at full precision, and all of it in one archive.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { copyProject, jamfor, listFiles, readJson, readZip, repo, smallProject, startKoladaServer, tempDir } from './helpers.mjs';

// RFC 4180 with a chosen separator: quoted cells may hold separators, quotes and newlines.
export function parseCsv(text, separator) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { rows.at(-1).push(cell); cell = ''; }
    else if (c === '\r' && src[i + 1] === '\n') { rows.at(-1).push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  if (rows.at(-1).length === 0 && cell === '') rows.pop(); else rows.at(-1).push(cell);
  return rows;
}

const out = (() => {
  const dir = copyProject('ronneby-2016');
  const site = path.join(dir, 'site');
  const r = jamfor('build', dir, '--out', site);
  assert.equal(r.code, 0, r.stderr);
  return site;
})();

test('each indicator page links its Excel CSV, plain CSV and JSON, and all three hold the same values', () => {
  const indicators = listFiles(out).filter((f) => /^indicators\/[^/]+\.html$/.test(f) && f !== 'indicators/index.html');
  assert.equal(indicators.length, 21);
  let values = 0;
  for (const page of indicators) {
    const stem = page.replace(/\.html$/, '');
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    const id = path.basename(stem);
    const json = readJson(path.join(out, `${stem}.json`));
    if (json.rows.length === 0) {
      assert.ok(html.includes('Inga utfall finns registrerade.'), `${page}: no data, and says so`);
      continue;
    }
    assert.ok(html.includes(`<a href="${id}.csv" download>CSV för Excel</a> · <a href="${id}.plain.csv" download>CSV (komma, punkt)</a> · <a href="${id}.json">JSON</a>`), page);
    const excel = parseCsv(fs.readFileSync(path.join(out, `${stem}.csv`), 'utf8'), ';');
    const plain = parseCsv(fs.readFileSync(path.join(out, `${stem}.plain.csv`), 'utf8'), ',');
    assert.deepEqual(excel[0], ['indikator', 'period', 'kön', 'enhet', 'referens', 'värde', 'kommentar']);
    assert.deepEqual(plain[0], excel[0]);
    assert.deepEqual(json.columns, excel[0]);
    assert.equal(excel.length - 1, json.rows.length, page);
    assert.equal(plain.length - 1, json.rows.length, page);
    json.rows.forEach((row, i) => {
      const want = row['värde'];
      const fromExcel = excel[i + 1][5] === '' ? null : Number(excel[i + 1][5].replace(',', '.'));
      const fromPlain = plain[i + 1][5] === '' ? null : Number(plain[i + 1][5]);
      assert.equal(fromExcel, want, `${page} row ${i + 1}: Excel`);
      assert.equal(fromPlain, want, `${page} row ${i + 1}: plain`);
      assert.equal(plain[i + 1][6], row.kommentar ?? '', `${page} row ${i + 1}: comment`);
      if (want !== null) values++;
    });
    assert.equal(typeof json.unit, 'string');
    assert.ok(json.source.length > 0, `${page}: JSON names its source`);
  }
  assert.ok(values >= 30, `${values} values compared`);
  // The quality report's figure for employment 2016, as typed in outcomes.
  const sysselsattning = readJson(path.join(out, 'indicators/sysselsattning.json'));
  assert.deepEqual(sysselsattning.rows.find((r) => r.period === '2016' && r['kön'] === 'T')['värde'], 57);
  assert.equal(sysselsattning.unit, '%');
});

test('data/jamfor-data.zip holds every CSV and JSON file of the site, byte for byte', () => {
  const zip = readZip(path.join(out, 'data/jamfor-data.zip'));
  const data = listFiles(out).filter((f) => !f.startsWith('assets/') && /\.(csv|json)$/.test(f));
  assert.deepEqual([...zip.keys()].filter((n) => n !== 'LÄSMIG.txt').sort(), data.sort());
  for (const f of data) assert.ok(zip.get(f).equals(fs.readFileSync(path.join(out, f))), f);
  assert.match(zip.get('LÄSMIG.txt').toString('utf8'), /NAMN\.plain\.csv \(komma, decimalpunkt, UTF-8\)/);
  assert.match(fs.readFileSync(path.join(out, 'about.html'), 'utf8'), /<a href="data\/jamfor-data\.zip" download>jamfor-data\.zip<\/a>/);
});

// CWE-1236: what a spreadsheet would run as a formula reaches the Excel CSV as text (an
// apostrophe first, quoted); the plain CSV and the JSON keep it exactly, and numbers stay numbers.
const formulas = ['=HYPERLINK("http://example.com/?q=1";"Klicka")', '+46 70 123 45 67', '-2+3', '@SUM(A1:A2)'];

test('outcome comments that look like formulas are text in the Excel CSV, as written in the others', () => {
  const dir = copyProject('ronneby-2016');
  const rows = ['sysselsattning', 'barnfamiljer-ekonomisk-genomgang', 'barns-delaktighet-utredning', 'kkik-lss']
    .map((id, i) => `${id};2015;T;${50 + i};"${formulas[i].replaceAll('"', '""')}"`);
  fs.writeFileSync(path.join(dir, 'outcomes/kommentarer.csv'),
    `indikator;period;kön;värde;kommentar\n${rows.join('\n')}\nfritidsaktivitet;2015;T;-3,5;-3,5\n`);
  const site = path.join(dir, 'site');
  const r = jamfor('build', dir, '--out', site);
  assert.equal(r.code, 0, r.stderr);
  const ids = ['sysselsattning', 'barnfamiljer-ekonomisk-genomgang', 'barns-delaktighet-utredning', 'kkik-lss'];
  ids.forEach((id, i) => {
    const excelText = fs.readFileSync(path.join(site, `indicators/${id}.csv`), 'utf8');
    assert.ok(excelText.includes(`;${50 + i};"'${formulas[i].replaceAll('"', '""')}"\r\n`), `${id}: ${excelText}`);
    const excel = parseCsv(excelText, ';').find((row) => row[1] === '2015');
    const plain = parseCsv(fs.readFileSync(path.join(site, `indicators/${id}.plain.csv`), 'utf8'), ',').find((row) => row[1] === '2015');
    const json = readJson(path.join(site, `indicators/${id}.json`)).rows.find((row) => row.period === '2015');
    assert.equal(excel[6], `'${formulas[i]}`, id);
    assert.equal(plain[6], formulas[i], id);
    assert.equal(json.kommentar, formulas[i], id);
  });
  // A negative number is no formula: the value and a comment that is only a number stay as they are.
  const negative = fs.readFileSync(path.join(site, 'indicators/fritidsaktivitet.csv'), 'utf8');
  assert.ok(negative.includes('fritidsaktivitet;2015;T;;;-3,5;-3,5\r\n'), negative);
});

test('Kolada area names that look like formulas are text in the Excel CSV of a ranking, as given in the others', async () => {
  const fixtures = path.join(tempDir('formula-fixtures'), 'kolada');
  fs.cpSync(path.join(repo, 'tests/fixtures/kolada'), fixtures, { recursive: true });
  const names = { 1060: formulas[0], 1080: formulas[1], 1082: '-Karlshamn', 1083: formulas[3] };
  const municipalities = path.join(fixtures, 'meta/municipalities.csv');
  fs.writeFileSync(municipalities, fs.readFileSync(municipalities, 'utf8').split('\n').map((line) => {
    const [code, ...rest] = line.split(',');
    return names[code] ? [code, `"${names[code].replaceAll('"', '""')}"`, ...rest.slice(1)].join(',') : line;
  }).join('\n'));
  const server = await startKoladaServer(['--fixtures', fixtures]);
  try {
    const project = smallProject('formula-areas', `[comparison]
scope = ["10"]
focus = "1081"
lower_is_better = ["N31814"]

[kolada]
kpis = ["N31814"]
first_year = 2021
last_year = 2022
`);
    const fetched = jamfor('fetch', project, '--kolada-url', server.url);
    assert.equal(fetched.code, 0, fetched.stderr);
    const site = path.join(tempDir('formula-areas-site'), 'site');
    const built = jamfor('build', project, '--out', site);
    assert.equal(built.code, 0, built.stderr);
    const excelText = fs.readFileSync(path.join(site, 'compare/kpi-N31814.csv'), 'utf8');
    const excel = parseCsv(excelText, ';');
    const plain = parseCsv(fs.readFileSync(path.join(site, 'compare/kpi-N31814.plain.csv'), 'utf8'), ',');
    const json = readJson(path.join(site, 'compare/kpi-N31814.json'));
    const nameColumn = excel[0].indexOf('namn');
    assert.ok(nameColumn > 0, excel[0].join(';'));
    for (const [code, name] of Object.entries(names)) {
      const row = (table) => table.find((r) => r[nameColumn - 1] === code && r[2] === 'T');
      assert.equal(row(excel)[nameColumn], `'${name}`, code);
      assert.equal(row(plain)[nameColumn], name, code);
      assert.ok(excelText.includes(`;"'${name.replaceAll('"', '""')}";`), code);
      assert.equal(json.rows.find((r) => r[json.columns[nameColumn - 1]] === code && r[json.columns[2]] === 'T')[json.columns[nameColumn]], name, code);
    }
    assert.ok(excel.some((r) => r[nameColumn] === 'Ronneby'), 'other names as they are');
  } finally {
    server.stop();
  }
});
