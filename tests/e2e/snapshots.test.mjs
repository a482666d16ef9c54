// Byte-for-byte snapshots of three page types and three chart specs, so a change to how pages
// are put together (the HTML type, the wording layer) is seen to change nothing a reader gets.
// After an intended change of the output, rewrite them and read the diff:
//   UPDATE_GOLDEN=1 node --test tests/e2e/snapshots.test.mjs && git diff tests/golden/snapshots
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { bin, copyProject, repo } from './helpers.mjs';

const goldenDir = path.join(repo, 'tests/golden/snapshots');
// 2026-12-03: the build date in every footer.
const EPOCH = '1796256000';

function build(example) {
  const dir = copyProject(example);
  const out = path.join(dir, 'site');
  const r = spawnSync(bin, ['build', dir, '--out', out], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

function specOf(html, id) {
  const m = html.match(new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`));
  assert.ok(m, `no spec ${id}`);
  return JSON.stringify(JSON.parse(m[1]), null, 2) + '\n';
}

function compare(name, actual) {
  const golden = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, actual);
  assert.equal(actual, fs.readFileSync(golden, 'utf8'), `${name} differs from ${golden}`);
}

const ronneby = build('ronneby-2016');
const linkoping = build('linkoping-2018');
const read = (site, rel) => fs.readFileSync(path.join(site, rel), 'utf8');

test('page snapshots: start page, goal page, indicator page', () => {
  compare('ronneby-index.html', read(ronneby, 'index.html'));
  compare('ronneby-goal-sn-barnperspektiv.html', read(ronneby, 'goals/sn-barnperspektiv.html'));
  compare('ronneby-indicator-bu-nojdhet.html', read(ronneby, 'indicators/bu-nojdhet.html'));
});

test('spec snapshots: goal status, trend with women and men, units', () => {
  compare('spec-goal-status.json', specOf(read(ronneby, 'index.html'), 'spec-goal-status'));
  compare('spec-bu-nojdhet-gender.json', specOf(read(ronneby, 'indicators/bu-nojdhet.html'), 'spec-bu-nojdhet-gender'));
  compare('spec-nojd-bemotande-units.json', specOf(read(linkoping, 'indicators/nojd-bemotande.html'), 'spec-nojd-bemotande-units'));
});
