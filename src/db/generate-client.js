#!/usr/bin/env node
// Runs `prisma generate` offline. Prisma 7's CLI insists on downloading its native schema
// engine first even though generation runs on WebAssembly; pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download. Machines that already
// have the engine (or set the variable) are left alone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const env = { ...process.env, PATH: [join(root, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter) };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = require.resolve('@prisma/engines').replace(/dist[\\/].*$/, '');
  const hasNativeEngine = ['schema-engine', 'schema-engine.exe'].some((f) => existsSync(`${enginesDir}${f}`));
  if (!hasNativeEngine) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const prismaCli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', 'prisma/schema.prisma'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
