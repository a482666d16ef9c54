// Builds examples/sverige (scope "all": 290 profiles, 21 county pages, the national page) into
// OUT for the national tests, as a publisher would: `jamfor fetch` from the Kolada look-alike,
// then `jamfor build`, with the shared boundary files for the maps. The data served is the
// shared IFO set plus, when ../shared/data/kolada-national.tgz is there, four KPIs chosen for
// their ranking traps (NATIONAL_KPIS in tests/e2e/helpers.mjs). DATA gets the served value files, so a test can
// recompute the rankings from them.
//   node tests/browser/build_national_site.mjs OUT DATA
// Without ../shared/data/kolada it builds nothing and says so; the tests that read OUT skip.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { bin, NATIONAL_KPIS, repo, startKoladaServer, tempDir } from '../e2e/helpers.mjs';

const shared = path.resolve(repo, '../shared/data');
const [out, data] = process.argv.slice(2);
if (!out || !data) {
  console.error('usage: node tests/browser/build_national_site.mjs OUT DATA');
  process.exit(2);
}
fs.rmSync(out, { recursive: true, force: true });
fs.rmSync(data, { recursive: true, force: true });
if (!fs.existsSync(path.join(shared, 'kolada/values'))) {
  console.log(`no ${shared}/kolada: the national site is not built, and its tests skip`);
  process.exit(0);
}

for (const folder of ['values', 'values-by-gender']) {
  fs.cpSync(path.join(shared, 'kolada', folder), path.join(data, folder), { recursive: true });
}
const extra = [];
const archive = path.join(shared, 'kolada-national.tgz');
if (fs.existsSync(archive)) {
  const members = new Set(spawnSync('tar', ['-tzf', archive], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout.split('\n'));
  const wanted = Object.keys(NATIONAL_KPIS).flatMap((k) => [`values/${k}.csv`, `values-by-gender/${k}.csv`])
    .filter((m) => members.has(m));
  const r = spawnSync('tar', ['-xzf', archive, '-C', data, ...wanted], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
  extra.push(...Object.keys(NATIONAL_KPIS));
} else {
  console.log(`no ${archive}: the national site has the shared IFO KPIs only`);
}

const project = path.join(tempDir('sverige'), 'project');
fs.cpSync(path.join(repo, 'examples/sverige'), project, { recursive: true });
const toml = path.join(project, 'jamfor.toml');
let text = fs.readFileSync(toml, 'utf8')
  .replace(/# boundaries = "[^"]*"/, `boundaries = "${path.join(shared, 'geo/swedish_municipalities.geojson')}"`)
  .replace(/# county_boundaries = "[^"]*"/, `county_boundaries = "${path.join(shared, 'geo/swedish_regions.geojson')}"`);
const add = (key, ids) => {
  if (ids.length) text = text.replace(new RegExp(`\n${key} = \\[`), `\n${key} = [${ids.map((k) => `"${k}", `).join('')}`);
};
const added = extra.filter((k) => !text.includes(`"${k}"`));
add('kpis', added);
add('higher_is_better', added.filter((k) => NATIONAL_KPIS[k] === 'higher'));
add('lower_is_better', added.filter((k) => NATIONAL_KPIS[k] === 'lower'));
fs.writeFileSync(toml, text);

const server = await startKoladaServer(['--data', data, '--meta', path.join(shared, 'kolada/meta')]);
let code = 1;
try {
  for (const args of [['fetch', project, '--kolada-url', server.url], ['build', project, '--out', out]]) {
    const r = spawnSync(bin, args, { stdio: 'inherit', timeout: 300_000 });
    code = r.status ?? 1;
    if (code !== 0) break;
  }
} finally {
  server.stop();
  fs.rmSync(path.dirname(project), { recursive: true, force: true });
}
process.exit(code);
