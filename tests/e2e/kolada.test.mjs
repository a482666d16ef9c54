// jamfor fetch and build against the Kolada look-alike (build/kolada_test_server) on 127.0.0.1.
// The Blekinge example needs the shared reference data (../shared/data/kolada); without it those
// tests are skipped with a message. The rest use the project's own fixture.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { bin, copyProject, jamfor, listFiles, repo, smallProject, snapshot, startKoladaServer, tempDir } from './helpers.mjs';

const shared = path.resolve(repo, '../shared/data/kolada');
const haveShared = fs.existsSync(path.join(shared, 'values'));
const servers = [];

async function startServer(...args) {
  const server = await startKoladaServer(args);
  servers.push(server);
  return server;
}

after(() => { for (const s of servers) s.stop(); });

function info(project) {
  const r = jamfor('info', project);
  assert.equal(r.code, 0, r.stderr);
  return Object.fromEntries(r.stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
}

test('blekinge: fetch from the local server, fetch again, build with Kolada values', { skip: !haveShared && `no ${shared}` }, async () => {
  const { url } = await startServer('--data', shared);
  const project = copyProject('blekinge');
  const first = jamfor('fetch', project, '--kolada-url', url);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^\d+ values new, 0 changed, 0 withdrawn \(0 unchanged\)\n/);
  const second = jamfor('fetch', project, '--kolada-url', url);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /^0 values new, 0 changed, 0 withdrawn \(\d+ unchanged\), changes since \d{4}-\d\d-\d\d\n/);
  assert.equal(info(project).integrity, 'ok');

  const out = path.join(tempDir('blekinge-site'), 'site');
  const build = jamfor('build', project, '--out', out);
  assert.equal(build.code, 0, build.stderr);
  const page = fs.readFileSync(path.join(out, 'indicators/langvarigt-bistand.html'), 'utf8');
  assert.match(page, /Källa: Kolada/);
  assert.match(page, /egen bearbetning av data från Kolada/);
  // Ronneby's real 2022 value (N31814), with Riket beside it (Kolada has no county value for it).
  assert.match(page, /<td>49,0\u00a0%<\/td>/);
  assert.match(page, /<th scope="col">Riket, Totalt<\/th>/);
});

test('kpi_groups: a Kolada KPI group is expanded to its KPIs, which are fetched and compared', async () => {
  const { url } = await startServer('--fixtures', path.join(repo, 'tests/fixtures/kolada'));
  const project = smallProject('kpi-groups', `[kolada]
own_municipality = "1081"
counties = ["10"]
kpi_groups = ["G2KPI82977"]
first_year = 2020
last_year = 2022
lower_is_better = ["N31814"]
`);
  const fetched = jamfor('fetch', project, '--kolada-url', url);
  assert.equal(fetched.code, 0, fetched.stderr);
  assert.equal(info(project).kpis, '2');
  const site = path.join(tempDir('kpi-groups-site'), 'site');
  const built = jamfor('build', project, '--out', site);
  assert.equal(built.code, 0, built.stderr);
  for (const kpi of ['N31807', 'N31814']) assert.ok(fs.existsSync(path.join(site, `compare/kpi-${kpi}.html`)), kpi);
  assert.ok(!fs.existsSync(path.join(site, 'compare/kpi-U30447.html')), 'only the group asked for');

  fs.writeFileSync(path.join(project, 'jamfor.toml'),
    fs.readFileSync(path.join(project, 'jamfor.toml'), 'utf8').replace('G2KPI82977', 'G2KPI99999'));
  const unknown = jamfor('fetch', project, '--kolada-url', url);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /Kolada has no KPI group 'G2KPI99999' \(asked at http:\/\/127\.0\.0\.1:[0-9]+\/v3\/kpi_groups\/G2KPI99999\); the store is unchanged/);
});

// Every file dated the same minute back, as if nobody had edited them since: a file changed
// in the last two seconds leaves the build no fingerprint (cli/build_inputs.h). A changed file
// still differs by its size or, when dated again, by its content's time of the same minute
// only if its size differs, hence edits that change the size.
const aMinuteAgo = new Date(Date.now() - 60_000);
function age(dir) {
  for (const f of listFiles(dir)) fs.utimesSync(path.join(dir, f), aMinuteAgo, aMinuteAgo);
}

test('a rebuild after an outcome changed keeps the comparison pages, and its site equals a full build', async () => {
  const { url } = await startServer('--fixtures', path.join(repo, 'tests/fixtures/kolada'));
  const project = smallProject('keep-comparison', `[kolada]
own_municipality = "1081"
counties = ["10"]
kpis = ["N31814"]
first_year = 2020
last_year = 2022
lower_is_better = ["N31814"]
`);
  fs.appendFileSync(path.join(project, 'goals.toml'), 'indicators = ["egen"]\n');
  fs.writeFileSync(path.join(project, 'indicators.toml'),
    '[[indicator]]\nid = "egen"\ntitle = "Egen uppföljning"\ndirection = "higher"\nunit = "%"\ntarget = { at_least = 50 }\n');
  fs.mkdirSync(path.join(project, 'outcomes'));
  const outcomes = path.join(project, 'outcomes/2022.csv');
  fs.writeFileSync(outcomes, 'indikator;period;kön;värde\negen;2022;T;57\n');
  const fetched = jamfor('fetch', project, '--kolada-url', url);
  assert.equal(fetched.code, 0, fetched.stderr);
  const site = path.join(tempDir('keep-comparison-site'), 'site');
  age(project);
  const first = jamfor('build', project, '--out', site);
  assert.equal(first.code, 0, first.stderr);
  assert.doesNotMatch(first.stdout, /kept/);
  const kpiPage = path.join(site, 'compare/kpi-N31814.html');
  const kpiPageTime = fs.statSync(kpiPage).mtimeMs;

  fs.writeFileSync(outcomes, 'indikator;period;kön;värde\negen;2022;T;41.5\n');
  age(project);
  const second = jamfor('build', project, '--out', site);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /compared 1 KPIs: .* \(kept: only outcomes, analyses or judgements changed\)\n$/);
  assert.match(fs.readFileSync(path.join(site, 'indicators/egen.html'), 'utf8'), />41,5\u00a0%</);
  assert.equal(fs.statSync(kpiPage).mtimeMs, kpiPageTime);
  const full = path.join(tempDir('keep-comparison-full'), 'site');
  const fresh = jamfor('build', project, '--out', full);
  assert.equal(fresh.code, 0, fresh.stderr);
  const [kept, built] = [snapshot(site), snapshot(full)];
  delete kept['.jamfor-manifest'];
  delete built['.jamfor-manifest'];
  assert.deepEqual(kept, built);

  // What the comparison pages are made of changed: drawn again.
  fs.appendFileSync(path.join(project, 'indicators.toml'), 'decimals = 1\n');
  age(project);
  const third = jamfor('build', project, '--out', site);
  assert.equal(third.code, 0, third.stderr);
  assert.doesNotMatch(third.stdout, /kept/);
});

test('fetch --offline and a refused connection fail fast with a message; build needs a store', async () => {
  const project = copyProject('blekinge');
  const noStore = jamfor('build', project, '--out', path.join(tempDir('nostore'), 'site'));
  assert.equal(noStore.code, 1);
  assert.match(noStore.stderr, /kolada\.sqlite: error: no Kolada store yet; run 'jamfor fetch .*' first/);

  const offline = jamfor('fetch', project, '--offline');
  assert.equal(offline.code, 1);
  assert.match(offline.stderr, /offline \(--offline\): nothing fetched; the store .* holds 0 values and is unchanged/);

  const start = Date.now();
  const refused = spawnSync(bin, ['fetch', project, '--kolada-url', 'http://127.0.0.1:9/v3'],
    { encoding: 'utf8', env: { ...process.env, JAMFOR_RETRY_BASE_MS: '10' } });
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /^error: GET http:\/\/127\.0\.0\.1:9\/v3\/kpi\/[A-Z0-9,]+: gave up after 5 attempts in \d+\.\d s: Couldn't connect to server; the store is unchanged\n/);
  assert.ok(Date.now() - start < 10_000);
});

test('a fetch killed with SIGKILL part-way leaves a store that the next fetch completes', { skip: !haveShared && `no ${shared}` }, async () => {
  // The first KPI chunk arrives and is written; the second stalls, so the kill lands between them.
  const slow = await startServer('--data', shared, '--fault', 'kind=stall,stall_ms=8000,times=always,path=/v3/data/kpi/U30900');
  const fast = await startServer('--data', shared);
  const project = copyProject('blekinge');
  const reference = copyProject('blekinge');
  assert.equal(jamfor('fetch', reference, '--kolada-url', fast.url).code, 0);

  const victim = spawn(bin, ['fetch', project, '--kolada-url', slow.url, '--jobs', '1'], { stdio: 'ignore' });
  await new Promise((ok) => setTimeout(ok, 1500));
  assert.equal(victim.exitCode, null, 'the fetch was still running when killed');
  victim.kill('SIGKILL');
  await new Promise((ok) => victim.on('exit', ok));
  const afterKill = info(project);
  assert.equal(afterKill.integrity, 'ok');
  assert.match(afterKill.values, /^0 /);  // the transaction never committed

  const again = jamfor('fetch', project, '--kolada-url', fast.url);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(info(project).values, info(reference).values);
  assert.equal(info(project).integrity, 'ok');
});
