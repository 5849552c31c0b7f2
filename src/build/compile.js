#!/usr/bin/env node
// Compiles src/ to plain JavaScript in dist/ so that `npm start` and the CLI run without a
// TypeScript loader. Plain JavaScript itself, so it runs before anything is compiled:
// `npm install` calls it after generating the Prisma client, and src/cli.js calls
// ensureCompiled() before every command.
//
// Transpile only (esbuild, one output per source, imports untouched): type errors are
// `npm run typecheck`'s business (a full tsc emit costs ~40 s of CPU, this under 1 s).
// dist/ keeps src/'s layout, so `new URL('..', import.meta.url)` is the project root from both.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// Bumped when the build options change, so an older dist/ is rebuilt.
const FORMAT = 1;
// The build's own entry points run from src/ and are not copied.
const NOT_COMPILED = new Set(['cli.js', 'build/compile.js']);
const paths = (root) => ({ srcDir: join(root, 'src'), distDir: join(root, 'dist'), manifestPath: join(root, 'dist', '.sources.json') });

function listSources(srcDir) {
  return readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(srcDir, join(entry.parentPath ?? entry.path, entry.name)))
    .filter((file) => (file.endsWith('.ts') && !file.endsWith('.d.ts')) || file.endsWith('.js'))
    .filter((file) => !NOT_COMPILED.has(file.split('\\').join('/')))
    .sort();
}

function snapshot(srcDir, files) {
  return {
    format: FORMAT,
    files: Object.fromEntries(
      files.map((file) => {
        const stats = statSync(join(srcDir, file));
        return [file, [stats.size, stats.mtimeMs]];
      }),
    ),
  };
}

/**
 * True when dist/ was built from exactly the sources now in src/ (same files, sizes and mtimes).
 * dist/.sources.json, written last, lists them.
 */
export function isCompiled(root = projectRoot) {
  const { srcDir, manifestPath } = paths(root);
  let built;
  try {
    built = readFileSync(manifestPath, 'utf8');
  } catch {
    return false;
  }
  return built === JSON.stringify(snapshot(srcDir, listSources(srcDir)));
}

/**
 * Several processes may start at once on a stale dist/ (`serve` next to `worker`, parallel test
 * files): each file is written to a temporary name and renamed, and the manifest goes last, so a
 * process that sees a current manifest reads only complete, current files.
 */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

export async function compile(root = projectRoot) {
  const { srcDir, distDir, manifestPath } = paths(root);
  const files = listSources(srcDir);
  const state = snapshot(srcDir, files);
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: files.filter((file) => file.endsWith('.ts')).map((file) => join('src', file)),
    outbase: 'src',
    outdir: 'dist',
    write: false,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'error',
  });
  const written = new Set([manifestPath]);
  for (const output of result.outputFiles) {
    writeAtomically(output.path, output.contents);
    written.add(output.path);
  }
  // The résumé worker and its parsers are JavaScript already: copied byte for byte.
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const target = join(distDir, file);
    writeAtomically(target, readFileSync(join(srcDir, file)));
    written.add(target);
  }
  // Outputs of deleted sources would otherwise stay importable.
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile() && !written.has(path) && !path.endsWith('.tmp')) rmSync(path, { force: true });
  }
  writeAtomically(manifestPath, JSON.stringify(state));
}

export async function ensureCompiled(root = projectRoot) {
  if (!isCompiled(root)) await compile(root);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await (process.argv.includes('--force') ? compile() : ensureCompiled());
}
