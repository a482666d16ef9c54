// Checks every #include "..." in the library folders against the dependencies CMake declares.
//   node tests/tools/check_layering.mjs [--root DIR]   check the tree at DIR (default: the repo)
//   node tests/tools/check_layering.mjs --self-test    run the checker on a fake tree
//
// Libraries: every `jamfor_library(NAME ... DEPS ...)` call in a CMakeLists.txt reached from the
// root through add_subdirectory(); its folder is the folder of that CMakeLists.txt. A library may
// include its own folder and the folders of its DEPS, transitively (they link PUBLIC), plus deps
// added with target_link_libraries(NAME ...). DEPS that are not jamfor_library targets
// (Boost::json, CURL::libcurl, ...) are outside the tree and ignored.
//
// Tests: every *_test.cc (and every file listed under TESTS) is linked into the one jamfor_tests
// binary, which links everything, so the linker cannot tell a test that reaches up or sideways.
// A test twin tests its own module, so it gets its folder's allowance, plus anything under
// tests/ (test support such as tests/kolada_server, linked into jamfor_tests for that purpose).
// Only tests get tests/: production code including tests/... is an error.
//
// An include is taken as rooted at the repo root (as the code writes them); failing that, as
// relative to the including file, the way the compiler would find it. Includes that resolve to
// neither (quoted third-party headers) are not the tree's business and are skipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const TEST_SUPPORT = 'tests';

// CMake source with comments removed (a '#' inside a quoted argument is kept).
function stripCmakeComments(text) {
  return text.replace(/"(?:[^"\\]|\\.)*"|#\[(=*)\[[\s\S]*?\]\1\]|#[^\n]*/g,
    (m) => (m.startsWith('"') ? m : m.replace(/[^\n]/g, ' ')));
}

// Every call of `command(...)` in a CMake file: its arguments as words and the line it starts on.
function cmakeCalls(text, command) {
  const calls = [];
  const re = new RegExp(`(^|[^\\w])${command}\\s*\\(`, 'gi');
  let m;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') depth--;
    }
    const args = text.slice(start, i - 1).match(/"(?:[^"\\]|\\.)*"|[^\s"]+/g) ?? [];
    calls.push({ args: args.map((a) => a.replace(/^"|"$/g, '')), line: text.slice(0, m.index).split('\n').length });
  }
  return calls;
}

// { libraries: Map(target -> { target, folder, deps: [target], tests: Set(relpath) }), errors }
function readLibraries(root) {
  const libraries = new Map();
  const extraDeps = [];
  const errors = [];
  const seen = new Set();
  const visit = (folder) => {
    const file = path.join(root, folder, 'CMakeLists.txt');
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const text = stripCmakeComments(fs.readFileSync(file, 'utf8'));
    for (const { args, line } of cmakeCalls(text, 'jamfor_library')) {
      const [target, ...rest] = args;
      const lists = { SOURCES: [], TESTS: [], DEPS: [] };
      let current = null;
      for (const a of rest) {
        if (a in lists) current = a;
        else if (current) lists[current].push(a);
      }
      if (libraries.has(target)) {
        errors.push(`${path.posix.join(folder, 'CMakeLists.txt')}:${line}: error: library '${target}' defined twice`);
      }
      const tests = new Set(lists.TESTS.filter((t) => !t.includes('${')).map((t) => path.posix.join(folder, t)));
      libraries.set(target, { target, folder, deps: lists.DEPS, tests });
    }
    for (const { args } of cmakeCalls(text, 'target_link_libraries')) {
      const [target, ...deps] = args;
      extraDeps.push({ target, deps: deps.filter((d) => !/^(PUBLIC|PRIVATE|INTERFACE)$/.test(d)) });
    }
    for (const { args } of cmakeCalls(text, 'add_subdirectory')) {
      if (args[0] && !args[0].includes('${')) visit(path.posix.normalize(path.posix.join(folder, args[0])));
    }
  };
  visit('.');
  for (const { target, deps } of extraDeps) libraries.get(target)?.deps.push(...deps);
  for (const lib of libraries.values()) lib.deps = [...new Set(lib.deps.filter((d) => libraries.has(d)))];
  return { libraries, errors };
}

// The folders a library may include besides its own: its deps, breadth-first, so direct deps
// come first in messages.
function allowedFolders(libraries, lib) {
  const order = [];
  const queue = [...lib.deps];
  const seen = new Set(queue);
  while (queue.length) {
    const dep = libraries.get(queue.shift());
    order.push(dep);
    for (const d of dep.deps) if (!seen.has(d)) { seen.add(d); queue.push(d); }
  }
  return { folders: order.map((d) => d.folder), cyclic: seen.has(lib.target) };
}

function sourceFiles(root, folder) {
  const out = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.(cc|h)$/.test(entry.name)) out.push(child);
    }
  };
  walk(folder);
  return out.sort();
}

const under = (file, folder) => folder === '.' || file === folder || file.startsWith(`${folder}/`);

// The library folder that owns a repo-relative path (the deepest one, for nested libraries).
function ownerOf(folders, file) {
  let best = null;
  for (const f of folders) if (under(file, f) && (best === null || f.length > best.length)) best = f;
  return best;
}

// The repo-relative path an include names, or null when it is not in the tree.
function resolveInclude(root, file, spec, topFolders) {
  const rooted = path.posix.normalize(spec);
  if (!rooted.startsWith('../') &&
      (fs.existsSync(path.join(root, rooted)) || topFolders.has(rooted.split('/')[0]))) return rooted;
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  if (!relative.startsWith('../') && fs.existsSync(path.join(root, relative))) return relative;
  return null;
}

export function check(root) {
  const { libraries, errors } = readLibraries(root);
  const folders = [...libraries.values()].map((l) => l.folder);
  const topFolders = new Set(fs.readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name));
  let files = 0;
  let includes = 0;
  for (const lib of [...libraries.values()].sort((a, b) => a.folder.localeCompare(b.folder))) {
    const { folders: allowed, cyclic } = allowedFolders(libraries, lib);
    if (cyclic) errors.push(`${path.posix.join(lib.folder, 'CMakeLists.txt')}:1: error: '${lib.folder}' depends on itself through its DEPS`);
    const uses = allowed.length ? allowed.join(', ') : 'nothing';
    for (const file of sourceFiles(root, lib.folder)) {
      if (ownerOf(folders, file) !== lib.folder) continue;  // a nested library's file
      files++;
      const isTest = /_test\.cc$/.test(file) || lib.tests.has(file);
      fs.readFileSync(path.join(root, file), 'utf8').split('\n').forEach((text, i) => {
        const m = /^\s*#\s*include\s*"([^"]+)"/.exec(text);
        if (!m) return;
        includes++;
        const target = resolveInclude(root, file, m[1], topFolders);
        if (target === null) return;
        const owner = ownerOf(folders, target);
        if (owner === lib.folder || (owner !== null && allowed.includes(owner))) return;
        if (isTest && under(target, TEST_SUPPORT)) return;
        const note = isTest ? `; its tests may also include ${TEST_SUPPORT}/` : '';
        errors.push(`${file}:${i + 1}: error: '${lib.folder}' may not include '${m[1]}' (${lib.folder} depends on: ${uses}${note})`);
      });
    }
  }
  return { errors, files, includes, libraries: libraries.size };
}

// A fake tree: app -> mid -> base, with tests/helper; mid/bad.h includes app/ (the one error).
function selfTest() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jamfor-layering-'));
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  try {
    write('CMakeLists.txt', 'add_subdirectory(base)\nadd_subdirectory(mid)\nadd_subdirectory(app)\nadd_subdirectory(tests/helper)\n');
    write('base/CMakeLists.txt', 'jamfor_library(x_base SOURCES b.cc)\n');
    write('mid/CMakeLists.txt', '# DEPS x_app would be a cycle\njamfor_library(x_mid SOURCES m.cc\n  DEPS x_base Boost::json)\n');
    write('app/CMakeLists.txt', 'jamfor_library(x_app SOURCES a.cc TESTS a_test.cc DEPS x_mid)\n');
    write('tests/helper/CMakeLists.txt', 'jamfor_library(x_helper SOURCES h.cc)\n');
    write('base/b.h', '#pragma once\n');
    write('mid/m.h', '#include "base/b.h"\n#include "m2.h"\n#include "thirdparty.h"\n');
    write('mid/m2.h', '#pragma once\n');
    write('mid/bad.h', '#pragma once\n\n#include "app/a.h"\n');
    write('app/a.h', '#include "base/b.h"\n#include "mid/m.h"\n');
    write('app/a_test.cc', '#include "app/a.h"\n#include "tests/helper/h.h"\n');
    write('tests/helper/h.h', '#pragma once\n');
    const run = spawnSync(process.execPath, [SELF, '--root', dir], { encoding: 'utf8' });
    const expected = "mid/bad.h:3: error: 'mid' may not include 'app/a.h' (mid depends on: base)";
    const problems = [];
    if (run.status !== 1) problems.push(`exit status ${run.status}, expected 1`);
    const errorLines = run.stderr.split('\n').filter((l) => l.includes('error:'));
    if (errorLines.length !== 1 || errorLines[0] !== expected) problems.push(`errors were:\n${run.stderr}expected only:\n${expected}`);
    if (!/7 files, 8 includes/.test(run.stdout)) problems.push(`summary was: ${run.stdout}`);
    if (problems.length) {
      console.error(`layering self-test failed:\n${problems.join('\n')}`);
      process.exit(1);
    }
    console.log('layering self-test: ok (one violation found, exit 1, allowed includes passed)');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const args = process.argv.slice(2);
  if (args.includes('--self-test')) {
    selfTest();
  } else {
    const at = args.indexOf('--root');
    const root = path.resolve(at >= 0 ? args[at + 1] : path.join(path.dirname(SELF), '..', '..'));
    const { errors, files, includes, libraries } = check(root);
    for (const e of errors) console.error(e);
    console.log(`layering: ${libraries} libraries, ${files} files, ${includes} includes checked, ` +
      `${errors.length} violation${errors.length === 1 ? '' : 's'}`);
    process.exit(errors.length ? 1 : 0);
  }
}
