// Every page's data in three forms (CSV for Swedish Excel, plain CSV, JSON) holding the same
// values at full precision, and all of it in one archive.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { copyProject, jamfor, listFiles, readJson, readZip } from './helpers.mjs';

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
