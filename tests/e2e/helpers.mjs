// Shared by the end-to-end tests: run the real jamfor binary and look at what it wrote.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = process.env.JAMFOR_BIN || path.join(repo, 'build/jamfor');

export function jamfor(...args) {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Removed when the test file's process ends (JAMFOR_KEEP=1 keeps them, to look at a failure).
const madeDirs = [];
process.on('exit', () => {
  if (!process.env.JAMFOR_KEEP) for (const dir of madeDirs) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jamfor-${name}-`));
  madeDirs.push(dir);
  return dir;
}

export function copyProject(example) {
  const dir = path.join(tempDir(example), 'project');
  fs.cpSync(path.join(repo, 'examples', example), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'site'), { recursive: true, force: true });
  return dir;
}

// Sets [site] language in the project's jamfor.toml, as an author would.
export function setLanguage(project, language) {
  const toml = path.join(project, 'jamfor.toml');
  const text = fs.readFileSync(toml, 'utf8');
  fs.writeFileSync(toml, /^language = /m.test(text) ? text.replace(/^language = .*$/m, `language = "${language}"`)
    : text.replace(/^\[site\]$/m, `[site]\nlanguage = "${language}"`));
}

// A new project for Ronneby in 2022: jamfor.toml with `tables` (TOML text after [site] and
// [periods]) and goals.toml with one committee goal.
export function smallProject(name, tables) {
  const dir = path.join(tempDir(name), 'project');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'jamfor.toml'),
    `[site]\ntitle = "Individ- och familjeomsorgen"\norganisation = "Ronneby kommun"\n\n[periods]\ncurrent = "2022"\n\n${tables}`);
  fs.writeFileSync(path.join(dir, 'goals.toml'), `[[goal]]
id = "sn-egen-forsorjning"
title = "Människor med behov av försörjningsstöd ska få hjälp och stöd som ökar deras möjlighet att uppnå egen försörjning"
level = "namnd"
decided_by = "Socialnämnden"
`);
  return dir;
}

export function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)));
  }
  return out.sort();
}

// Every file's content hash, to prove a folder was not touched.
export function snapshot(dir) {
  const map = {};
  for (const f of listFiles(dir)) map[f] = createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
  return map;
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// Plain files without quoted cells: the source data (',') and our downloads (';').
export function readCsv(file, separator = ',') {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
  const names = header.split(separator);
  return rows.map((r) => Object.fromEntries(r.split(separator).map((c, i) => [names[i], c])));
}

const CLASS_LABELS = {
  best: 'bästa fjärdedelen', middle: 'mittersta hälften', worst: 'sämsta fjärdedelen', good: 'önskat svar',
  bad: 'inte önskat svar', unclassed: 'ej klassad', 'no-value': 'inget värde',
};

// The rules of generator/comparison.h, written again from their description: competition
// ranks; a tie group's class from its middle position m (best when 4m <= n, worst when
// 4(m - 1) >= 3n); yes/no answers classed by the answer; fewer than 8 values not classed.
// values: [{ id, value (number or null) }]. Gives id -> { rank, percentile, cls, label }.
export function expectedRanking(values, lowerIsBetter, { yesNo = false } = {}) {
  const withValue = values.filter((v) => v.value !== null);
  const n = withValue.length;
  const better = (a, b) => (lowerIsBetter ? a < b : a > b);
  const out = new Map();
  for (const v of values) {
    if (v.value === null) {
      out.set(v.id, { rank: null, percentile: null, cls: 'no-value', label: CLASS_LABELS['no-value'] });
      continue;
    }
    const rank = 1 + withValue.filter((w) => better(w.value, v.value)).length;
    const last = rank - 1 + withValue.filter((w) => w.value === v.value).length;
    const m = (rank + last) / 2;
    let cls;
    if (yesNo) cls = (v.value === 1) === !lowerIsBetter ? 'good' : 'bad';
    else if (n < 8) cls = 'unclassed';
    else cls = 4 * m <= n ? 'best' : 4 * (m - 1) >= 3 * n ? 'worst' : 'middle';
    const percentile = n === 1 ? 100 : Math.round((1000 * (n - rank)) / (n - 1)) / 10;
    out.set(v.id, { rank, percentile, cls, label: CLASS_LABELS[cls] });
  }
  return out;
}

// The Kolada look-alike (on 127.0.0.1 only); resolves to { url, stop() } once it listens.
export async function startKoladaServer(args) {
  const { spawn } = await import('node:child_process');
  const readline = await import('node:readline');
  const serverBin = process.env.KOLADA_SERVER_BIN || path.join(path.dirname(bin), 'kolada_test_server');
  const server = spawn(serverBin, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  for await (const line of readline.createInterface({ input: server.stdout })) {
    const url = line.match(/^listening on (http:\/\/127\.0\.0\.1:\d+\/v3)$/)?.[1];
    if (url) return { url, stop: () => server.kill('SIGTERM') };
  }
  throw new Error(`${serverBin} ${args.join(' ')} ended without listening`);
}

// A Kolada transcription's values of one KPI (values/KPI.csv for T, values-by-gender/KPI.csv
// for K and M): `${year}|${gender}|${geo}` -> number or null.
export function readSourceValues(dir, kpi) {
  const out = new Map();
  const column = kpi.toLowerCase();
  const add = (file, fixedGender) => {
    if (!fs.existsSync(file)) return;
    for (const r of readCsv(file)) {
      out.set(`${r.year}|${fixedGender ?? r.gender}|${r.geo}`, r[column] === '' ? null : Number(r[column]));
    }
  };
  add(path.join(dir, 'values', `${kpi}.csv`), 'T');
  add(path.join(dir, 'values-by-gender', `${kpi}.csv`));
  return out;
}

// Checks every ranking of a published data/comparison/KPI.json against expectedRanking over
// `municipalities` with the source's values. Gives what was covered.
export function checkRankings(json, source, municipalities, { lowerIsBetter, yesNo = false }) {
  const seen = { rankings: 0, rows: 0, ties: 0, missing: 0, genders: new Set(), years: new Set() };
  const kpi = json.kpi.id;
  for (const ranking of json.rankings) {
    const values = municipalities.map((id) => ({ id, value: source.get(`${ranking.year}|${ranking.gender}|${id}`) ?? null }));
    const n = values.filter((v) => v.value !== null).length;
    if (n === 0) continue;
    const expected = expectedRanking(values, lowerIsBetter, { yesNo });
    const where = `${kpi} ${ranking.year} ${ranking.gender}`;
    assert.equal(ranking.n, n, `${where}: n`);
    assert.equal(ranking.classes, yesNo ? 'answers' : n < 8 ? 'too-few' : 'quartiles', `${where}: classes`);
    assert.deepEqual(ranking.columns, ['area', 'value', 'rank', 'percentile', 'class']);
    const rows = new Map(ranking.rows.map((r) => [r[0], r]));
    assert.equal(rows.size, municipalities.length, `${where}: every municipality is listed`);
    const counts = new Map();
    for (const { id, value } of values) {
      const [, publishedValue, rank, percentile, cls] = rows.get(id) ?? [];
      const want = expected.get(id);
      assert.equal(publishedValue, value, `${where} ${id}: value`);
      assert.equal(rank, want.rank, `${where} ${id}: rank`);
      assert.equal(percentile, want.percentile, `${where} ${id}: percentile`);
      assert.equal(cls, want.cls, `${where} ${id}: class`);
      if (value === null) seen.missing++;
      else counts.set(value, (counts.get(value) ?? 0) + 1);
      seen.rows++;
    }
    seen.ties += [...counts.values()].filter((c) => c > 1).length;
    seen.rankings++;
    seen.genders.add(ranking.gender);
    seen.years.add(ranking.year);
  }
  return seen;
}

function cellText(html) {
  return decodeEntities(html.replace(/<span class="vh">[^<]*<\/span>/g, '').replace(/<[^>]*>/g, '').replace(/&nbsp;|\u00a0/g, ' '))
    .trim();
}

// The text of HTML-escaped text, as escape() in site/html_text.cc writes it: &amp; last, so
// "&amp;lt;" stays "&lt;".
export function decodeEntities(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}

// The table of a page whose caption starts with `caption`: { head: [text], rows: [{ cls, cells:
// [{ text, cls, html }] }] }, or null. Visually hidden text is left out of `text`.
export function htmlTable(html, caption) {
  for (const m of html.matchAll(/<table[^>]*>\s*<caption>(.*?)<\/caption>([\s\S]*?)<\/table>/g)) {
    if (!cellText(m[1]).startsWith(caption)) continue;
    const head = [...(m[2].match(/<thead>([\s\S]*?)<\/thead>/)?.[1] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)]
      .map((c) => cellText(c[1]));
    const body = m[2].match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
    const rows = [...body.matchAll(/<tr(?: class="([^"]*)")?>([\s\S]*?)<\/tr>/g)].map((r) => ({
      cls: r[1] ?? '',
      cells: [...r[2].matchAll(/<t[hd]([^>]*)>([\s\S]*?)<\/t[hd]>/g)]
        .map((c) => ({ text: cellText(c[2]), cls: c[1].match(/class="([^"]*)"/)?.[1] ?? '', html: c[2] })),
    }));
    return { caption: cellText(m[1]), head, rows };
  }
  return null;
}

// "−1 989,3 kr/inv" -> -1989.3; null when the text holds no number.
export function swedishNumber(text) {
  const m = text.replace(/\u2212/g, '-').replace(/[\s\u00a0\u202f]/g, '').match(/^[-+]?\d+(,\d+)?/);
  return m ? Number(m[0].replace(',', '.')) : null;
}

// KPIs of ../shared/data/kolada-national.tgz chosen for their ranking traps, with the direction
// the national test site gives them: a yes/no answer; most municipalities sharing the worst
// value (0 % with higher better); most sharing the best (0 with lower better); gaps and
// women/men.
export const NATIONAL_KPIS = { N05405: 'higher', U28139: 'higher', U00915: 'lower', N31814: 'lower' };

// The entries of a zip file as name -> content: enough of the format (stored or deflated
// entries, no zip64) to check what jamfor writes without an unzip tool.
export function readZip(file) {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, `${file}: not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, `${file}: bad central directory`);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    entries.set(name, method === 0 ? raw : zlib.inflateRawSync(raw));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}
