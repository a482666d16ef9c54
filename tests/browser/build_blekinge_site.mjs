// Builds the Blekinge example into OUT for the browser test, as a user would: `jamfor fetch`
// from the Kolada look-alike on 127.0.0.1 (over ../shared/data when present, else over the
// project's small fixture with the example cut down to its 3 KPIs), then `jamfor build`, with the shared municipality boundaries so
// the county map is drawn too. With LANGUAGE, [site] language is set to it.
//   node tests/browser/build_blekinge_site.mjs OUT [LANGUAGE]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { bin, repo, setLanguage, startKoladaServer } from '../e2e/helpers.mjs';

const shared = path.resolve(repo, '../shared/data');
const [out, language] = process.argv.slice(2);
if (!out) {
  console.error('usage: node tests/browser/build_blekinge_site.mjs OUT [LANGUAGE]');
  process.exit(2);
}

const haveShared = fs.existsSync(path.join(shared, 'kolada/values'));
if (!haveShared) console.log(`no ${shared}/kolada: fetching the project's small fixture instead`);
const server = await startKoladaServer(haveShared ? ['--data', path.join(shared, 'kolada')]
  : ['--fixtures', path.join(repo, 'tests/fixtures/kolada')]);

const project = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jamfor-blekinge-')), 'project');
fs.cpSync(path.join(repo, 'examples/blekinge'), project, { recursive: true });
if (!haveShared) {
  // The fixture has 3 of the example's KPIs: keep those, and the goal measured by one of them.
  const toml = path.join(project, 'jamfor.toml');
  fs.writeFileSync(toml, fs.readFileSync(toml, 'utf8').replace(/\nkpis = \[[^\]]*\]/, '\nkpis = ["N31807", "N31814", "U30447"]'));
  const indicators = fs.readFileSync(path.join(project, 'indicators.toml'), 'utf8');
  const kept = indicators.split(/(?=\[\[indicator\]\])/).filter((t) => t.includes('id = "langvarigt-bistand"'));
  fs.writeFileSync(path.join(project, 'indicators.toml'), kept.join(''));
  fs.writeFileSync(path.join(project, 'goals.toml'), `[[goal]]
id = "sn-egen-forsorjning"
title = "Människor med behov av försörjningsstöd ska få hjälp och stöd som ökar deras möjlighet att uppnå egen försörjning"
level = "namnd"
decided_by = "Socialnämnden"
indicators = ["langvarigt-bistand"]
`);
}
const geo = path.join(shared, 'geo/swedish_municipalities.geojson');
if (fs.existsSync(geo)) {
  const toml = path.join(project, 'jamfor.toml');
  fs.writeFileSync(toml, fs.readFileSync(toml, 'utf8').replace('[comparison]\n', `[comparison]\nboundaries = "${geo}"\n`));
}
if (language) setLanguage(project, language);
let code = 1;
try {
  for (const args of [['fetch', project, '--kolada-url', server.url], ['build', project, '--out', out]]) {
    const r = spawnSync(bin, args, { stdio: 'inherit', timeout: 120_000 });
    code = r.status ?? 1;
    if (code !== 0) break;
  }
} finally {
  server.stop();
  fs.rmSync(path.dirname(project), { recursive: true, force: true });
}
process.exit(code);
