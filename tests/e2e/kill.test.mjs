// A build killed at any moment leaves a complete site: each file in its previous or its new
// version, never truncated, none missing (site/site_output.h). The loop toggles the site's
// title, so every build rewrites every page, and kills each build with SIGKILL after a random
// delay from 0 to a little longer than a whole build takes; after each kill the site is
// compared, file by file, with the two complete builds.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { bin, copyProject, jamfor, listFiles, repo, startKoladaServer } from './helpers.mjs';

// The same day for every build, so the two versions' files are the same whenever they are built.
process.env.SOURCE_DATE_EPOCH = '1764806400';
const shared = path.resolve(repo, '../shared/data');
const haveShared = fs.existsSync(path.join(shared, 'kolada/values'));
let server;
after(() => server?.stop());

const hash = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
// The site's files and their hashes, but the manifest (it holds times) and a killed build's temp files.
function hashes(site) {
  return new Map(listFiles(site).filter((f) => f !== '.jamfor-manifest' && !f.includes('.jamfor-tmp'))
    .map((f) => [f, hash(path.join(site, f))]));
}

function setTitle(project, title) {
  const toml = path.join(project, 'jamfor.toml');
  fs.writeFileSync(toml, fs.readFileSync(toml, 'utf8').replace(/^title = .*$/m, `title = "${title}"`));
}

function build(project, site) {
  const r = jamfor('build', project, '--out', site);
  assert.equal(r.code, 0, r.stderr);
}

// Starts a build and kills it after `delayMs`; resolves when it has ended, killed or not.
function buildKilledAfter(project, site, delayMs) {
  return new Promise((resolve) => {
    const child = spawn(bin, ['build', project, '--out', site], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ended: signal ?? code, stderr });
    });
  });
}

async function killLoop(project, rounds) {
  const work = path.dirname(project);
  const versions = ['Version A', 'Version B'];
  const refs = versions.map((title, i) => {
    setTitle(project, title);
    const ref = path.join(work, `ref-${i}`);
    const started = Date.now();
    const r = jamfor('build', project, '--out', ref);
    assert.equal(r.code, 0, r.stderr);
    return { files: hashes(ref), ms: Date.now() - started };
  });
  assert.deepEqual([...refs[0].files.keys()], [...refs[1].files.keys()], 'both versions have the same files');
  // How long a whole build takes (the median of those measured), so that kills land all over
  // it even on a loaded machine.
  const durations = refs.map((r) => r.ms);
  const wholeBuild = () => [...durations].sort((a, b) => a - b)[Math.floor(durations.length / 2)];
  const site = path.join(work, 'site');
  let complete = false;  // a build has finished, so a site must always be there
  const outcomes = { killed: 0, finished: 0 };
  for (let round = 0; round < rounds; round++) {
    setTitle(project, versions[round % 2]);
    const delay = Math.random() * wholeBuild() * 1.1;
    const started = Date.now();
    const { ended, stderr } = await buildKilledAfter(project, site, delay);
    if (ended === 'SIGKILL') outcomes.killed++;
    else {
      assert.equal(ended, 0, `round ${round}: the build failed: ${stderr}`);
      outcomes.finished++;
      complete = true;
      durations.push(Date.now() - started);
    }
    if (!fs.existsSync(site)) {
      assert.ok(!complete, `round ${round} (killed after ${delay.toFixed(0)} ms): the site is gone`);
      continue;
    }
    complete = true;  // it appeared in one step, so it is whole from now on
    const now = hashes(site);
    for (const [file, digest] of refs[0].files) {
      assert.ok(now.has(file), `round ${round} (killed after ${delay.toFixed(0)} ms): ${file} is missing`);
      assert.ok(digest === now.get(file) || refs[1].files.get(file) === now.get(file),
        `round ${round} (killed after ${delay.toFixed(0)} ms): ${file} is neither version`);
    }
    for (const file of now.keys()) assert.ok(refs[0].files.has(file), `round ${round}: ${file} belongs to neither version`);
  }
  // The next build, not killed, finishes the work and leaves nothing of the killed ones.
  setTitle(project, versions[1]);
  build(project, site);
  assert.deepEqual(new Map(listFiles(site).filter((f) => f !== '.jamfor-manifest').map((f) => [f, hash(path.join(site, f))])),
    refs[1].files);
  assert.deepEqual(fs.readdirSync(work).filter((f) => f.includes('.jamfor-')), []);
  assert.ok(outcomes.killed >= rounds / 4, `only ${outcomes.killed} of ${rounds} builds were killed`);
  return outcomes;
}

test('killed builds of examples/ronneby-2016 always leave a whole site', async () => {
  const { killed, finished } = await killLoop(copyProject('ronneby-2016'), 60);
  console.log(`ronneby-2016: ${killed} builds killed, ${finished} finished`);
});

test('killed builds of a comparison site (examples/blekinge) always leave a whole site',
  { skip: !haveShared && `no ${shared}/kolada: the comparison site needs the shared Kolada data` }, async () => {
    server = await startKoladaServer(['--data', path.join(shared, 'kolada')]);
    const project = copyProject('blekinge');
    const fetched = jamfor('fetch', project, '--kolada-url', server.url);
    assert.equal(fetched.code, 0, fetched.stderr);
    const { killed, finished } = await killLoop(project, Number(process.env.JAMFOR_KILL_ROUNDS || 30));
    console.log(`blekinge: ${killed} builds killed, ${finished} finished`);
  });
