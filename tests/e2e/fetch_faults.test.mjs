// jamfor fetch against a Kolada look-alike that misbehaves (issue 12): values it cannot read,
// changes that would empty the store, and servers that send too much, too slowly or elsewhere.
// Each ends with exit 1, a message saying what was tried, and the store as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, test } from 'node:test';

import { bin, jamfor, repo, smallProject, startKoladaServer } from './helpers.mjs';

const fixtures = path.join(repo, 'tests/fixtures/kolada');
const servers = [];

async function startServer(...faults) {
  const server = await startKoladaServer(['--fixtures', fixtures, ...faults.flatMap((f) => ['--fault', f])]);
  servers.push(server);
  return server;
}

after(() => { for (const s of servers) s.stop(); });

function info(project) {
  const r = jamfor('info', project);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

// Ronneby, its region and Riket for two years of three KPIs.
function fetchProject(name, extra = '') {
  return smallProject(name, `[comparison]
scope = ["1081"]
lower_is_better = ["N31814"]

[kolada]
kpis = ["N31807", "N31814", "U30447"]
first_year = 2021
last_year = 2022
${extra}`);
}

test('values sent as strings ("32,40") stop the fetch with exit 1 and leave the store as it was', async () => {
  const good = await startServer();
  const bad = await startServer('kind=string_values,decimal=comma,times=always,path=/v3/data/');
  const project = fetchProject('string-values');
  const first = jamfor('fetch', project, '--kolada-url', good.url);
  assert.equal(first.code, 0, first.stderr);
  const stored = first.stdout.match(/^(\d+) values new/)[1];

  const refused = jamfor('fetch', project, '--kolada-url', bad.url, '--full', '--jobs', '1');
  assert.equal(refused.code, 1, refused.stdout);
  assert.equal(refused.stdout, '');
  const url = `${bad.url}/data/kpi/N31807,N31814,U30447/municipality/0000,0010,1081/year/2021,2022?per_page=5000`;
  assert.equal(refused.stderr,
    `error: GET ${url}: expected 'value' of N31807 for area 0000, period 2021, gender T to be a number or null, ` +
    `got '"3,25938"'; the store is unchanged\n` +
    `  while fetching Kolada data into '${path.join(project, 'kolada.sqlite')}'\njamfor: 1 error\n`);
  assert.match(info(project), new RegExp(`^values: ${stored} \\(0 withdrawn`, 'm'));

  // Asked again without the fault, Kolada's answer equals the store: nothing was lost.
  const again = jamfor('fetch', project, '--kolada-url', good.url, '--full');
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, new RegExp(`^0 values new, 0 changed, 0 withdrawn \\(${stored} unchanged\\)\n`));
});

test('a fetch that would turn more than 5 % of the store into null stops unless --accept-withdrawals; info shows the runs', async () => {
  const good = await startServer();
  const empty = await startServer('kind=null_values,times=always,path=/v3/data/');
  const project = fetchProject('losses');
  const first = jamfor('fetch', project, '--kolada-url', good.url);
  assert.equal(first.code, 0, first.stderr);
  const stored = Number(first.stdout.match(/^(\d+) values new/)[1]);
  const lines = info(project).split('\n');
  assert.match(lines.find((l) => l.startsWith('fetch 1: ')),
    new RegExp(`^fetch 1: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, ${stored} new, 0 changed \\(0 to null\\), 0 withdrawn, 0 unchanged$`));

  const stopped = jamfor('fetch', project, '--kolada-url', empty.url, '--full');
  assert.equal(stopped.code, 1, stopped.stdout);
  const m = stopped.stderr.match(/^error: stopped before storing: this fetch would turn (\d+) of the (\d+) stored values \((\d+\.\d) %\) into null and withdraw 0 \(0\.0 %\), more than the 5 % one fetch may \(\[kolada\] max_lost_percent\); if Kolada means it, fetch again with --accept-withdrawals; the store is unchanged\n  while fetching Kolada data into '.*kolada\.sqlite'\njamfor: 1 error\n$/);
  assert.ok(m, stopped.stderr);
  const nulled = Number(m[1]);
  assert.equal(Number(m[2]), stored);
  assert.equal(m[3], (100 * nulled / stored).toFixed(1));
  assert.ok(nulled > stored / 2 && nulled < stored, `${nulled} of ${stored}`);  // some were null already
  assert.match(info(project), /^fetches: 1 /m);  // the stopped fetch left no run

  const accepted = jamfor('fetch', project, '--kolada-url', empty.url, '--full', '--accept-withdrawals');
  assert.equal(accepted.code, 0, accepted.stderr);
  assert.match(accepted.stdout,
    new RegExp(`^0 values new, ${nulled} changed \\(${nulled} of them to null\\), 0 withdrawn \\(${stored - nulled} unchanged\\)\n`));
  const runs = info(project).split('\n').filter((l) => l.startsWith('fetch '));
  assert.equal(runs.length, 2);
  assert.match(runs[0], new RegExp(`^fetch 2: .*Z, 0 new, ${nulled} changed \\(${nulled} to null\\), 0 withdrawn, ${stored - nulled} unchanged$`));
  assert.match(runs[1], new RegExp(`^fetch 1: .*Z, ${stored} new, 0 changed \\(0 to null\\), 0 withdrawn, 0 unchanged$`));
});

test('[kolada] max_lost_percent sets the share and must be 0-100', async () => {
  const good = await startServer();
  const empty = await startServer('kind=null_values,times=always,path=/v3/data/');
  const project = fetchProject('lost-percent', 'max_lost_percent = 100\n');
  assert.equal(jamfor('fetch', project, '--kolada-url', good.url).code, 0);
  const all = jamfor('fetch', project, '--kolada-url', empty.url, '--full');
  assert.equal(all.code, 0, all.stderr);
  assert.match(all.stdout, /^0 values new, \d+ changed \(\d+ of them to null\)/);

  const wrong = fetchProject('lost-percent-wrong', 'max_lost_percent = 120\n');
  const refused = jamfor('fetch', wrong, '--kolada-url', good.url);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /jamfor\.toml:16:20: error: expected a share of 0-100 \(percent\), got an integer \(120\)\n/);
});

// jamfor fetch with a short back-off, as the CLI allows tests; how long it took in seconds.
function fetchTimed(project, url, ...args) {
  const start = Date.now();
  const r = spawnSync(bin, ['fetch', project, '--kolada-url', url, ...args],
    { encoding: 'utf8', timeout: 60_000, env: { ...process.env, JAMFOR_RETRY_BASE_MS: '10' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - start) / 1000 };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// The message of a data request that gave up, and the store as it was.
async function assertGivesUp(name, { fault, settings = '', args = [], attempts, reason, within }) {
  const good = await startServer();
  const bad = await startServer(fault);
  const project = fetchProject(name, settings);
  const first = jamfor('fetch', project, '--kolada-url', good.url);
  assert.equal(first.code, 0, first.stderr);
  const before = info(project).match(/^values: .*$/m)[0];
  const r = fetchTimed(project, bad.url, '--full', ...args);
  assert.equal(r.code, 1, r.stdout);
  const url = `${bad.url}/data/kpi/N31807,N31814,U30447/municipality/0000,0010,1081/year/2021,2022?per_page=5000`;
  assert.match(r.stderr, new RegExp(`^error: GET ${escape(url)}: gave up after ${attempts} in \\d+\\.\\d s: ${reason}; ` +
    `the store is unchanged\n  while fetching Kolada data into '.*'\njamfor: 1 error\n$`));
  assert.ok(r.seconds < within, `${r.seconds} s`);
  assert.equal(info(project).match(/^values: .*$/m)[0], before);
  return r;
}

test('a 1 GB answer is cut off at [kolada] max_response_mb', async () => {
  await assertGivesUp('huge', {
    fault: 'kind=huge,times=always,path=/v3/data/', settings: 'max_response_mb = 1\n',
    attempts: '1 attempt', reason: escape('the answer is larger than 1 MB ([kolada] max_response_mb = 1)'), within: 10,
  });
});

test('a next_url on another origin is not followed', async () => {
  const good = await startServer();
  const bad = await startServer('kind=foreign_next,origin=http://kolada.example.net,times=always,path=/v3/data/');
  const project = fetchProject('foreign-next');
  assert.equal(jamfor('fetch', project, '--kolada-url', good.url).code, 0);
  const r = fetchTimed(project, bad.url, '--full');
  assert.equal(r.code, 1, r.stdout);
  const origin = bad.url.replace('/v3', '');
  const url = `${bad.url}/data/kpi/N31807,N31814,U30447/municipality/0000,0010,1081/year/2021,2022?per_page=5000`;
  assert.equal(r.stderr.split('\n')[0],
    `error: GET ${url}: next_url 'http://kolada.example.net/v3/data/kpi/N31807,N31814,U30447/m…' ` +
    `is on http://kolada.example.net:80, not on the configured origin ${origin} ([kolada] url); not followed; the store is unchanged`);
});

test('Retry-After: 100000 gives up at once', async () => {
  await assertGivesUp('retry-after', {
    fault: 'kind=status,status=429,retry_after=100000,times=always,path=/v3/data/',
    attempts: '1 attempt',
    reason: `HTTP 429 '\\{"error": "Too Many Requests"\\}'; the server asks to wait 100000 s \\(Retry-After\\), longer than this request has left \\(2\\d\\.\\d s; a request may take 25\\.0 s, retries included\\)`,
    within: 5,
  });
});

test('a stalled server is dropped after [kolada] stall_timeout, and --max-time ends the fetch', async () => {
  await assertGivesUp('stall', {
    fault: 'kind=stall,stall_ms=60000,times=always,path=/v3/data/', settings: 'stall_timeout = 1\n', args: ['--max-time', '3'],
    attempts: '[23] attempts',
    reason: 'the server sent less than 1000 bytes/s for 1 s \\(0 bytes in [12]\\.\\d s\\); the fetch reached --max-time 3 s',
    within: 5,
  });
});

test('a server sending a byte a second is dropped after [kolada] stall_timeout', async () => {
  await assertGivesUp('drip', {
    fault: 'kind=drip,drip_ms=1000,times=always,path=/v3/data/', settings: 'stall_timeout = 1\n', args: ['--max-time', '3'],
    attempts: '[23] attempts',
    reason: 'the server sent less than 1000 bytes/s for 1 s \\(\\d+ bytes in [12]\\.\\d s\\); the fetch reached --max-time 3 s',
    within: 5,
  });
});

test('--max-time needs a number of seconds; the limits in [kolada] are checked', () => {
  const project = fetchProject('max-time-usage');
  const zero = jamfor('fetch', project, '--max-time', '0');
  assert.equal(zero.code, 2);
  assert.match(zero.stderr, /^jamfor: --max-time needs a number of seconds the whole fetch may take, 1 or more\n/);
  const wrong = fetchProject('limits-wrong', 'max_response_mb = 0\nstall_timeout = 0\n');
  const r = jamfor('fetch', wrong, '--kolada-url', 'http://127.0.0.1:9/v3');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /jamfor\.toml:16:19: error: expected a size of 1-4096 MB for one answer\n/);
  assert.match(r.stderr, /jamfor\.toml:17:17: error: expected a stall timeout of 1-600 seconds\n/);
});
