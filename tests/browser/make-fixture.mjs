// Builds a tiny test site from tests/browser/fixture/ so the browser tests can
// be run (and checked) without the C++ generator.
//
// Usage, from the repository root:
//
//   node tests/browser/make-fixture.mjs            # new temp dir, path printed
//   node tests/browser/make-fixture.mjs OUT_DIR    # into OUT_DIR (created)
//
//   JAMFOR_SITE="$(node tests/browser/make-fixture.mjs)" node --test tests/browser/
//
// The only thing written to stdout is the site folder, so $(...) works.
// The fixture holds just the hand-written HTML; the Vega bundles are copied
// from node_modules and jamfor.js from site/assets/ at each run, so the test
// always exercises the versions the generator ships (no stale copies).

import { cpSync, mkdirSync, mkdtempSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

// Same files, same names as the generator copies into the site's assets/.
const ASSETS = [
  'node_modules/vega/build/vega.min.js',
  'node_modules/vega-lite/build/vega-lite.min.js',
  'node_modules/vega-embed/build/vega-embed.min.js',
  'site/assets/jamfor.js',
];

export function makeFixture(outDir) {
  const out = outDir ? resolve(outDir) : mkdtempSync(join(tmpdir(), 'jamfor-fixture-'));
  mkdirSync(join(out, 'assets'), { recursive: true });
  cpSync(join(here, 'fixture'), out, { recursive: true });
  for (const rel of ASSETS) {
    const src = join(root, rel);
    if (!existsSync(src)) {
      throw new Error(`make-fixture: missing ${rel} (run npm ci in ${root}?)`);
    }
    copyFileSync(src, join(out, 'assets', rel.split('/').pop()));
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(makeFixture(process.argv[2]) + '\n');
}
