// Publishing basics of a built site: canonical links, sitemap, 404, favicon, description and
// Open Graph tags, dates in the footer, and a municipality's logo, accent colour and CSS.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { copyProject, jamfor, listFiles } from './helpers.mjs';

function withSite(lines) {
  const dir = copyProject('ronneby-2016');
  fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>\n');
  fs.writeFileSync(path.join(dir, 'profil.css'), '.site-title { letter-spacing: .02em; }\n');
  const toml = fs.readFileSync(path.join(dir, 'jamfor.toml'), 'utf8')
    .replace(/^description = .*$/m, (d) => `${d}\n${lines.join('\n')}`);
  fs.writeFileSync(path.join(dir, 'jamfor.toml'), toml);
  return dir;
}

test('base_url gives canonical links, Open Graph URLs and a sitemap of every page', () => {
  const dir = withSite(['base_url = "https://www.ronneby.se/mal"', 'logo = "logo.svg"', 'accent_color = "#00594f"',
    'stylesheet = "profil.css"']);
  const out = path.join(dir, 'site');
  const r = jamfor('build', dir, '--out', out);
  assert.equal(r.code, 0, r.stderr);
  const pages = listFiles(out).filter((f) => f.endsWith('.html') && f !== '404.html');
  const sitemap = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  assert.deepEqual(locs, pages.map((p) => `https://www.ronneby.se/mal/${p}`).sort());
  const goal = fs.readFileSync(path.join(out, 'goals/kf-sysselsattning.html'), 'utf8');
  assert.match(goal, /<link rel="canonical" href="https:\/\/www\.ronneby\.se\/mal\/goals\/kf-sysselsattning\.html">/);
  assert.match(goal, /<meta property="og:url" content="https:\/\/www\.ronneby\.se\/mal\/goals\/kf-sysselsattning\.html">/);
  assert.match(goal, /<meta property="og:title" content="Minst 85 % av personerna/);
  assert.match(goal, /<meta name="description" content="Kvalitetsberättelse 2016 – Socialförvaltningen">/);
  assert.match(goal, /<img class="site-logo" src="\.\.\/assets\/logo\.svg" alt="">/);
  assert.match(goal, /<link rel="stylesheet" href="\.\.\/assets\/style\.css">\n<link rel="stylesheet" href="\.\.\/assets\/theme\.css">\n<link rel="stylesheet" href="\.\.\/assets\/custom\.css">/);
  assert.match(fs.readFileSync(path.join(out, 'assets/theme.css'), 'utf8'), /--link: #00594f;/);
  assert.equal(fs.readFileSync(path.join(out, 'assets/custom.css'), 'utf8'), '.site-title { letter-spacing: .02em; }\n');
  assert.match(goal, /<p class="print-only">Sidans adress: https:\/\/www\.ronneby\.se\/mal\/goals\/kf-sysselsattning\.html<\/p>/);
  // The 404 page is shown at any depth: its links start at the site's path.
  const notFound = fs.readFileSync(path.join(out, '404.html'), 'utf8');
  assert.match(notFound, /<a href="\/mal\/index\.html">startsidan<\/a>/);
  assert.match(notFound, /href="\/mal\/assets\/style\.css"/);
  assert.match(fs.readFileSync(path.join(out, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/www\.ronneby\.se\/mal\/sitemap\.xml/);
});

test('every page has a favicon, a description and the build date; SOURCE_DATE_EPOCH fixes the date', () => {
  const dir = copyProject('ronneby-2016');
  const out = path.join(dir, 'site');
  const r = jamfor('build', dir, '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!fs.existsSync(path.join(out, 'sitemap.xml')), 'no sitemap without base_url');
  const today = new Date().toISOString().slice(0, 10);
  for (const page of listFiles(out).filter((f) => f.endsWith('.html') && f !== '404.html')) {
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    assert.match(html, /<link rel="icon" href="(\.\.\/)?assets\/favicon\.svg" type="image\/svg\+xml">/, page);
    assert.match(html, /<meta name="description" content="[^"]+">/, page);
    assert.ok(html.includes(`· Byggd ${today} ·`), `${page}: the footer says when the site was built`);
  }
  assert.match(fs.readFileSync(path.join(out, 'assets/favicon.svg'), 'utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});

test('bad publishing settings are errors at their line, with what was expected', () => {
  const dir = withSite(['base_url = "www.ronneby.se"', 'logo = "logga.svg"', 'accent_color = "#ffcc00"', 'stylesheet = "profil.txt"']);
  const r = jamfor('check', dir);
  assert.equal(r.code, 1);
  const file = path.join(dir, 'jamfor.toml');
  assert.ok(r.stderr.includes(`${file}:9:12: error: expected the address the site will have, such as 'https://www.ronneby.se/mal/', got a string ('www.ronneby.se')`), r.stderr);
  assert.ok(r.stderr.includes(`${file}:10:8: error: no such file: '${path.join(dir, 'logga.svg')}'`), r.stderr);
  assert.ok(r.stderr.includes(`${file}:11:16: error: the colour '#ffcc00' has a contrast of 1.5:1 against white; links need at least 4.5:1 (WCAG 1.4.3): choose a darker shade`), r.stderr);
  assert.ok(r.stderr.includes(`${file}:12:14: error: expected a file name ending in .css, got a string ('profil.txt')`), r.stderr);
});
