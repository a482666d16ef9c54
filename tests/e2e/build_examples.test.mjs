// The examples built by the real binary: pages, statuses from seed 001 and 002, and golden data.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { jamfor, listFiles, readJson, repo, tempDir } from './helpers.mjs';

const goldenDir = path.join(repo, 'tests/golden');

function buildExample(example) {
  const out = path.join(tempDir(example), 'site');
  const r = jamfor('build', path.join(repo, 'examples', example), '--out', out);
  assert.equal(r.code, 0, r.stderr);
  return out;
}

function check(results, indicator, goal = null) {
  const ind = results.indicators.find((i) => i.id === indicator);
  assert.ok(ind, `indicator ${indicator} exists`);
  const c = ind.checks.find((x) => x.goal === goal);
  assert.ok(c, `indicator ${indicator} has a check for goal ${goal}`);
  return c.periods[results.current_period];
}

// Golden data: set UPDATE_GOLDEN=1 to accept a deliberate change, then review the diff.
function compareGolden(out, name) {
  const actual = fs.readFileSync(path.join(out, 'data/results.json'), 'utf8');
  const golden = path.join(goldenDir, `${name}.results.json`);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, actual);
  assert.equal(actual, fs.readFileSync(golden, 'utf8'), `${name}: data/results.json differs from ${golden}`);
}

test('ronneby-2016: one page per goal and indicator, statuses as seed 001 reports', () => {
  const out = buildExample('ronneby-2016');
  const files = listFiles(out);
  const results = readJson(path.join(out, 'data/results.json'));
  assert.ok(files.includes('index.html'));
  assert.equal(results.goals.length, 15);
  assert.equal(results.indicators.length, 21);
  for (const g of results.goals) assert.ok(files.includes(`goals/${g.id}.html`), g.id);
  for (const i of results.indicators) {
    assert.ok(files.includes(`indicators/${i.id}.html`), i.id);
    assert.ok(files.includes(`indicators/${i.id}.csv`), i.id);
  }
  for (const a of ['vega.min.js', 'vega-interpreter.js', 'vega-lite.min.js', 'vega-embed.min.js', 'jamfor.js', 'style.css'])
    assert.ok(files.includes(`assets/${a}`), a);

  const sysselsattning = check(results, 'sysselsattning');
  assert.equal(sysselsattning.status, 'not-achieved');
  assert.equal(sysselsattning.sentence, '57\u00a0% mot målet minst 85\u00a0%: ej uppnått.');

  const barn = check(results, 'placerade-barn');
  assert.equal(barn.status, 'achieved');
  assert.equal(barn.sentence, '67\u00a0st mot målet högst 94\u00a0st och minska jämfört med föregående år: uppnått. ' +
    'Förändring sedan 2015: \u221228\u00a0st (från 95\u00a0st).');

  assert.equal(check(results, 'unga-ej-ateraktualiserade').status, 'not-achieved');  // the committee's 90 %
  assert.equal(check(results, 'unga-ej-ateraktualiserade', 'kf-unga-ej-ateraktualiserade').status, 'achieved');  // the council's 70 %

  const vuxna = check(results, 'placerade-vuxna');
  assert.equal(vuxna.status, 'not-achieved');
  assert.equal(vuxna.judged, true);

  const page = fs.readFileSync(path.join(out, 'indicators/sysselsattning.html'), 'utf8');
  assert.match(page, /57\u00a0% mot målet minst 85\u00a0%: ej uppnått\./);
  assert.match(page, /<span class="status status-not-achieved"><span class="status-icon" aria-hidden="true">✗<\/span> Ej uppnått<\/span>/);
  compareGolden(out, 'ronneby-2016');
});

test('ronneby-2016: the user survey is split by gender with a gender chart', () => {
  const out = buildExample('ronneby-2016');
  const results = readJson(path.join(out, 'data/results.json'));
  const nojdhet = results.indicators.find((i) => i.id === 'bu-nojdhet');
  const own = nojdhet.series.filter((s) => !s.reference);
  assert.deepEqual(Object.fromEntries(own.map((s) => [s.gender, s.values['2016']])), { T: 81, K: 78, M: 83 });
  // The national average the report quotes, shown beside ours but not judged.
  assert.deepEqual(nojdhet.series.filter((s) => s.reference), [
    { unit: 'riket', reference: true, gender: 'T', values: { 2016: 85 } }]);
  const page = fs.readFileSync(path.join(out, 'indicators/bu-nojdhet.html'), 'utf8');
  assert.match(page, /id="spec-bu-nojdhet-gender"/);
  const csv = fs.readFileSync(path.join(out, 'indicators/bu-nojdhet.csv'), 'utf8');
  assert.equal(csv, '\ufeffindikator;period;kön;enhet;referens;värde;kommentar\r\n' +
    'bu-nojdhet;2016;T;;;81;\r\nbu-nojdhet;2016;K;;;78;\r\nbu-nojdhet;2016;M;;;83;\r\n' +
    'bu-nojdhet;2016;T;;riket;85;\r\n');
});

test('linkoping-2018: twelve goals with every department judgement and motivation', () => {
  const out = buildExample('linkoping-2018');
  const results = readJson(path.join(out, 'data/results.json'));
  assert.equal(results.goals.length, 12);
  assert.equal(results.current_period, '2018-jan-aug');
  const bostad = results.goals.find((g) => g.id === 'akuta-bostadsbehov').periods['2018-jan-aug'];
  assert.deepEqual(bostad.units, { 'ekonomiskt-bistand': 'achieved', ifo: 'partially-achieved' });
  assert.equal(bostad.status, 'partially-achieved');
  const page = fs.readFileSync(path.join(out, 'goals/akuta-bostadsbehov.html'), 'utf8');
  assert.match(page, /Målgruppen personer som är aktiva i missbruk har dessvärre varit svårt att erbjuda boende/);
  compareGolden(out, 'linkoping-2018');
});

test('every link and script in the site stays inside it (file:// and offline)', () => {
  for (const example of ['ronneby-2016', 'linkoping-2018']) {
    const out = buildExample(example);
    for (const file of listFiles(out).filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(out, file), 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) {
        if (url === 'data:,' || url.startsWith('#')) continue;
        // The server shows 404.html at any depth, so its links start at the site's root path
        // ("/" without [site] base_url).
        const fromRoot = file === '404.html';
        assert.doesNotMatch(url, fromRoot ? /^(?:[a-z]+:|\/\/)/i : /^(?:[a-z]+:|\/)/i, `${example}/${file}: ${url} leaves the site`);
        const target = fromRoot ? path.join(out, url) : path.resolve(path.dirname(path.join(out, file)), url.split('#')[0]);
        assert.ok(fs.existsSync(target), `${example}/${file}: broken link ${url}`);
      }
    }
  }
});
