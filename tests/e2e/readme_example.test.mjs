// The complete example in README.md must build and say what the README says it says.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { jamfor, readJson, repo, tempDir } from './helpers.mjs';

test('the README project example builds and gives the statuses the README quotes', () => {
  const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
  const project = path.join(tempDir('readme'), 'project');
  const blocks = [...readme.matchAll(/^`([^`\s]+)`(?: \([^)\n]*\))?:\n\n```\w*\n([\s\S]*?)```/gm)];
  assert.deepEqual(blocks.map((b) => b[1]), [
    'jamfor.toml', 'goals.toml', 'indicators.toml', 'outcomes/2016.csv', 'analyses/2016/placerade-barn.md',
    'judgements.toml']);
  for (const [, file, content] of blocks) {
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.writeFileSync(path.join(project, file), content);
  }
  const out = path.join(project, 'site');
  const r = jamfor('build', project);
  assert.equal(r.code, 0, r.stderr);
  const results = readJson(path.join(out, 'data/results.json'));
  const unga = results.indicators.find((i) => i.id === 'unga-ej-ateraktualiserade');
  assert.equal(unga.checks.find((c) => c.goal === null).periods['2016'].status, 'not-achieved');
  assert.equal(unga.checks.find((c) => c.goal === 'kf-unga').periods['2016'].status, 'achieved');
  const barn = results.indicators.find((i) => i.id === 'placerade-barn').checks[0].periods['2016'];
  const quoted = barn.sentence.replaceAll('\u00a0', ' ').replaceAll('\u2212', '−');
  assert.ok(readme.replace(/\s+/g, ' ').includes(quoted), `README quotes: ${quoted}`);
});
