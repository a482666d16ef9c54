// Builds examples/EXAMPLE into OUT with [site] language set to LANGUAGE, as an author who
// switches the language would: a copy of the project with the one line changed.
//   node tests/browser/build_example_site.mjs EXAMPLE LANGUAGE OUT
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { bin, copyProject, setLanguage } from '../e2e/helpers.mjs';

const [example, language, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node tests/browser/build_example_site.mjs EXAMPLE LANGUAGE OUT');
  process.exit(2);
}
const project = copyProject(example);
setLanguage(project, language);
const r = spawnSync(bin, ['build', project, '--out', out], { stdio: 'inherit', timeout: 120_000 });
fs.rmSync(path.dirname(project), { recursive: true, force: true });
process.exit(r.status ?? 1);
