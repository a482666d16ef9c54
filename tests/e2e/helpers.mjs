// Shared by the end-to-end tests: run the real jamfor binary and look at what it wrote.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = process.env.JAMFOR_BIN || path.join(repo, 'build/jamfor');

export function jamfor(...args) {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(name) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `jamfor-${name}-`));
}

export function copyProject(example) {
  const dir = path.join(tempDir(example), 'project');
  fs.cpSync(path.join(repo, 'examples', example), dir, { recursive: true });
  fs.rmSync(path.join(dir, 'site'), { recursive: true, force: true });
  return dir;
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
