// Bad input: clear file:line errors, exit code 1, and the previous site left untouched.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { copyProject, jamfor, listFiles, snapshot, tempDir } from './helpers.mjs';

test('a CSV with broken rows reports every row as file:line and keeps the old site', () => {
  const project = copyProject('ronneby-2016');
  const out = path.join(tempDir('bad-csv'), 'site');
  assert.equal(jamfor('build', project, '--out', out).code, 0);
  const before = snapshot(out);

  const csv = path.join(project, 'outcomes/2016.csv');
  const lines = fs.readFileSync(csv, 'utf8').split('\n');
  const n = lines.filter((l) => l.trim() !== '').length;
  fs.appendFileSync(csv, 'sysselsattning;2017;T;femtio\nplacerade-barm;2016;T;67\nsysselsattning;2017\n');
  const r = jamfor('build', project, '--out', out);
  assert.equal(r.code, 1);
  assert.equal(r.stderr,
    `${csv}:${n + 1}:4: error: expected a number such as 21 745 or 10,8, got 'femtio'\n` +
    `${csv}:${n + 2}:1: error: unknown indicator 'placerade-barm' (did you mean 'placerade-barn'?)\n` +
    `${csv}:${n + 3}: error: expected 4 cells separated by ';', got 2\n` +
    `  while reading project '${project}'\n` +
    'jamfor: 3 errors\n');
  assert.deepEqual(snapshot(out), before);
  assert.deepEqual(fs.readdirSync(path.dirname(out)), ['site']);  // no temporary folders left
});

test('text from input files is escaped and Markdown cannot inject HTML', () => {
  const project = copyProject('ronneby-2016');
  const goals = path.join(project, 'goals.toml');
  fs.writeFileSync(goals, fs.readFileSync(goals, 'utf8').replace(
    /title = "[^"]*"/, 'title = "<script>alert(1)</script> & \\"mål\\""'));
  fs.writeFileSync(path.join(project, 'analyses/2016/sysselsattning.md'),
    '# Rubrik\n\n<script>alert(2)</script>\n\n<img src=x onerror=alert(3)>\n\n[länk](javascript:alert(4))\n');
  const out = path.join(tempDir('escape'), 'site');
  const r = jamfor('build', project, '--out', out);
  assert.equal(r.code, 0, r.stderr);
  for (const file of listFiles(out).filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(out, file), 'utf8');
    assert.doesNotMatch(html, /<script>alert|onerror=|javascript:/, file);
  }
  const index = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  assert.match(index, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;mål&quot;/);
});

test('ids cannot leave the output folder', () => {
  const project = copyProject('ronneby-2016');
  const goals = path.join(project, 'goals.toml');
  const text = fs.readFileSync(goals, 'utf8');
  fs.writeFileSync(goals, text.replace(/id = "kf-sjalvforsorjande"/, 'id = "../../evil"'));
  const r = jamfor('check', project);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /goals\.toml:\d+:6: error: expected an id of 1-64 characters a-z, 0-9, '-' and '_', starting with a letter or digit for the goal, got '\.\.\/\.\.\/evil'/);
});

test('a folder jamfor did not write is never replaced', () => {
  const out = tempDir('precious');
  fs.writeFileSync(path.join(out, 'thesis.txt'), 'years of work');
  const r = jamfor('build', copyProject('ronneby-2016'), '--out', out);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /refusing to replace a folder that jamfor did not write/);
  assert.deepEqual(listFiles(out), ['thesis.txt']);
});

test('usage errors exit with 2', () => {
  assert.equal(jamfor().code, 2);
  const r = jamfor('biuld', 'x');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^jamfor: unknown command 'biuld' \(did you mean 'build'\?\)/);
  assert.equal(jamfor('build').code, 2);
  assert.equal(jamfor('build', 'a', '--bogus').code, 2);
  assert.equal(jamfor('--help').code, 0);
});

test('a missing project folder is a data error with the path', () => {
  const r = jamfor('build', '/nonexistent/project');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^\/nonexistent\/project: error: expected a project folder with jamfor.toml, got no such folder\n/);
});

test('a target of nan or inf is an error, not "minst nan %" on a page', () => {
  const project = copyProject('ronneby-2016');
  const indicators = path.join(project, 'indicators.toml');
  const text = fs.readFileSync(indicators, 'utf8');
  const line = text.split('\n').findIndex((l) => /at_least = \d+/.test(l)) + 1;
  const column = text.split('\n')[line - 1].indexOf('at_least = ') + 'at_least = '.length + 1;
  fs.writeFileSync(indicators, text.replace(/at_least = \d+/, 'at_least = nan'));
  const r = jamfor('check', project);
  assert.equal(r.code, 1);
  assert.equal(r.stderr.split('\n')[0], `${indicators}:${line}:${column}: error: expected a finite number, got 'nan'`);
});

test('a NUL byte or bytes that are not UTF-8 in an analysis or in TOML never reach a page', () => {
  const project = copyProject('ronneby-2016');
  const analysis = path.join(project, 'analyses/2016/sysselsattning.md');
  fs.writeFileSync(analysis, Buffer.concat([Buffer.from('# Analys\n\nText'), Buffer.from([0]), Buffer.from(' mer.\n')]));
  const out = path.join(tempDir('nul'), 'site');
  const nul = jamfor('build', project, '--out', out);
  assert.equal(nul.code, 1);
  assert.equal(nul.stderr.split('\n')[0], `${analysis}:3: error: expected text without control characters, got U+0000 (NUL) at byte 15`);
  assert.ok(!fs.existsSync(out), 'no site');

  fs.writeFileSync(analysis, Buffer.concat([Buffer.from('# Analys\n\nM'), Buffer.from([0xe5]), Buffer.from('let\n')]));
  const latin = jamfor('check', project);
  assert.equal(latin.code, 1);
  assert.equal(latin.stderr.split('\n')[0], `${analysis}:3: error: expected UTF-8 text, got the byte 0xE5 at byte 12 (save the file as UTF-8)`);

  fs.writeFileSync(analysis, '# Analys\n');
  const goals = path.join(project, 'goals.toml');
  const text = fs.readFileSync(goals, 'utf8');
  fs.writeFileSync(goals, text.replace(/^title = "/m, 'title = "\\u0000'));
  const line = text.split('\n').findIndex((l) => l.startsWith('title = "')) + 1;
  const escaped = jamfor('check', project);
  assert.equal(escaped.code, 1);
  assert.equal(escaped.stderr.split('\n')[0], `${goals}:${line}:9: error: expected text without control characters, got U+0000 (NUL) at byte 1 of the string`);
});

test('ids that Windows keeps for devices (con, nul, aux, …) are rejected', () => {
  const project = copyProject('ronneby-2016');
  const goals = path.join(project, 'goals.toml');
  fs.writeFileSync(goals, fs.readFileSync(goals, 'utf8').replace(/id = "kf-sjalvforsorjande"/, 'id = "con"'));
  const r = jamfor('check', project);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /goals\.toml:\d+:6: error: expected an id that is not a device name on Windows \(con, prn, aux, nul, com1-com9, lpt1-lpt9\) for the goal, got 'con'\n/);
});

test('Markdown that would take the renderer minutes is refused at its file, line and column; so is an analysis over 256 KB', () => {
  const project = copyProject('ronneby-2016');
  const out = path.join(tempDir('hostile-markdown'), 'site');
  assert.equal(jamfor('build', project, '--out', out).code, 0);
  const before = snapshot(out);

  // The issue's 200 KB analysis: deep '>' nesting and a long run of "a*" took 219 s to render.
  const analysis = path.join(project, 'analyses/2016/barnfamiljer-ekonomisk-genomgang.md');
  fs.writeFileSync(analysis, `# Analys\n\nInledning.\n\n${'>'.repeat(100000)}${'a*'.repeat(50000)}\n`);
  const goals = path.join(project, 'goals.toml');
  const text = fs.readFileSync(goals, 'utf8');
  const at = text.indexOf('[[goal]]');
  const line = text.slice(0, at).split('\n').length;
  const id = text.slice(at).match(/^id = "([^"]+)"/m)[1];
  fs.writeFileSync(goals, text.replace(/^id = "[^"]+"/m, (m) => `${m}\ndescription = """\nFörst.\n\n${'"a'.repeat(600)}\n"""`));
  const start = Date.now();
  for (const command of ['check', 'build']) {
    const r = jamfor(command, project, ...(command === 'build' ? ['--out', out] : []));
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.stderr,
      `${analysis}:5:33: error: expected at most 32 levels of nesting (quotes '>', lists and their indentation), got 100000; deeper nesting takes the renderer minutes\n` +
      `${goals}:${line}:1: error: the description of goal '${id}', its line 3, column 1001: expected at most 500 quotation marks (" and ') in one paragraph, got 600; split the paragraph\n` +
      `  while reading project '${project}'\n` +
      'jamfor: 2 errors\n');
  }
  assert.ok(Date.now() - start < 5000);
  assert.deepEqual(snapshot(out), before);

  fs.writeFileSync(goals, text);
  fs.writeFileSync(analysis, 'Text.\n'.repeat(60000));  // 352 KB of harmless text: too long all the same
  const long = jamfor('check', project);
  assert.equal(long.code, 1);
  assert.equal(long.stderr, `${analysis}: error: expected an analysis of at most 256 KB, got 352 KB\n` +
    `  while reading project '${project}'\njamfor: 1 error\n`);
});
