// Checks what a reader sees on every map of a generated jamfor site ($JAMFOR_SITE), drawn in
// headless Chromium: each municipality or county is a shape of its own (its own bounding box,
// none covering more than half of the map: a ring wound the wrong way draws the whole globe
// minus the shape), every area the map's table lists is drawn once, and each shape's fill is the
// colour of the class the page's table gives that area.
//   JAMFOR_SITE=build/test-sites/blekinge node --test tests/browser/maps.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { htmlTable, listFiles } from '../e2e/helpers.mjs';
import { siteWords } from './words.mjs';

const SITE = process.env.JAMFOR_SITE && path.resolve(process.env.JAMFOR_SITE);
const CHROMIUM = process.env.JAMFOR_CHROMIUM || '/usr/bin/chromium';
const WORDS = siteWords(SITE);
const CLASS_LABELS = WORDS.classes;

function mapPages() {
  if (!SITE || !fs.existsSync(path.join(SITE, 'index.html'))) return [];
  return listFiles(SITE).filter((f) => f.endsWith('.html'))
    .filter((f) => fs.readFileSync(path.join(SITE, f), 'utf8').includes('"data":{"name":"boundaries-'));
}

const pages = mapPages();
const skip = pages.length === 0 && `no maps on the site in ${SITE} (the project has no boundary file)`;

// area name -> class id, from the table the map belongs to: the highlighted rows of a KPI page's
// ranking table,
// or the row of the mapped KPI in a county or the national page's matrix.
function tableClasses(html, spec) {
  const out = new Map();
  const ranking = html.match(/<table class="data ranking( all-in-scope)?">\s*<caption>([^<]*)<\/caption>/);
  if (ranking) {
    // A KPI page maps the municipalities in scope: the rows it highlights, or all of them when
    // the table says every row is in scope.
    const inScope = (r) => ranking[1] !== undefined || r.cls === 'focus' || r.cls === 'in-scope';
    for (const row of htmlTable(html, ranking[2]).rows.filter(inScope)) {
      out.set(row.cells[1].text, row.cells[4].cls.match(/^badge-([\w-]+)$/)[1]);
    }
    return out;
  }
  const before = html.slice(0, html.indexOf(`id="${spec}"`));
  const title = [...before.matchAll(WORDS.mapHeading)].at(-1)[1].replace(/&amp;/g, '&');
  for (const caption of [...html.matchAll(/<table class="data matrix">\s*<caption>([^<]*)<\/caption>/g)].map((m) => m[1])) {
    const table = htmlTable(html, caption);
    const row = table.rows.find((r) => r.cells[0].text === title);
    if (!row) continue;
    table.head.forEach((name, i) => {
      const cls = row.cells[i]?.cls.match(/^cell-([\w-]+)$/)?.[1];
      if (i >= 2 && cls && cls in CLASS_LABELS) out.set(name, cls);
    });
    if (out.size) return out;
  }
  throw new Error(`${spec}: no table gives the classes of "${title}"`);
}

test('every map draws each area as its own shape, coloured as its table says', { skip, timeout: 600_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  let maps = 0, shapes = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const file of pages) {
      const html = fs.readFileSync(path.join(SITE, file), 'utf8');
      await page.goto(pathToFileURL(path.join(SITE, file)).href);
      await page.waitForFunction(() => [...document.querySelectorAll('.vl-chart')]
        .every((e) => e.dataset.rendered === 'true' || e.classList.contains('vl-chart-failed')), null, { timeout: 20_000 });
      const drawn = await page.evaluate(() => [...document.querySelectorAll('.vl-chart')]
        .filter((el) => el.querySelector('g.mark-geoshape, g.mark-shape'))
        .map((el) => {
          const svg = el.querySelector('svg');
          return {
            spec: el.dataset.spec,
            width: svg.width.baseVal.value,
            height: svg.height.baseVal.value,
            shapes: [...el.querySelectorAll('g.mark-shape path, g.mark-geoshape path')].map((p) => {
              const b = p.getBBox();
              return { label: p.getAttribute('aria-label'), fill: p.getAttribute('fill'), box: [b.x, b.y, b.width, b.height] };
            }),
          };
        }));
      assert.deepEqual(errors, [], `${file}: console`);
      assert.ok(drawn.length > 0, `${file}: a map was drawn`);
      for (const map of drawn) {
        const where = `${file} ${map.spec}`;
        const spec = JSON.parse(html.match(new RegExp(`id="${map.spec}">(.*?)</script>`, 's'))[1]);
        const scale = spec.encoding.color.scale;
        assert.equal(new Set(scale.range).size, scale.range.length, `${where}: one colour per class`);
        const classes = tableClasses(html, map.spec);
        const names = map.shapes.map((s) => s.label.match(new RegExp(`(?:${WORDS.municipality}|${WORDS.county}): ([^;]+)`))[1]);
        assert.deepEqual([...names].sort(), [...classes.keys()].sort(), `${where}: one shape per area of the table`);
        const boxes = new Set(map.shapes.map((s) => s.box.map((x) => x.toFixed(1)).join()));
        assert.equal(boxes.size, map.shapes.length, `${where}: every shape has its own bounding box`);
        for (const [i, s] of map.shapes.entries()) {
          const [, , w, h] = s.box;
          assert.ok(w > 0 && h > 0, `${where} ${names[i]}: drawn`);
          assert.ok(w * h <= map.width * map.height / 2, `${where} ${names[i]}: ${w}×${h} covers more than half the map`);
          const want = scale.range[scale.domain.indexOf(CLASS_LABELS[classes.get(names[i])])];
          assert.ok(want, `${where} ${names[i]}: the legend has the class ${classes.get(names[i])}`);
          assert.equal(s.fill, want, `${where} ${names[i]}: coloured as "${CLASS_LABELS[classes.get(names[i])]}"`);
        }
        maps++;
        shapes += map.shapes.length;
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`# ${maps} maps on ${pages.length} pages, ${shapes} shapes checked`);
});
