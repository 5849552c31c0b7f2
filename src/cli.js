#!/usr/bin/env node
// The `candidate-gateway` command (and `npm start`). It runs the compiled JavaScript in dist/,
// rebuilt first whenever a source changed since the last build, so an edited checkout never
// serves old code and nothing loads a TypeScript compiler at run time.
import { ensureCompiled } from './build/compile.js';

await ensureCompiled();
// A computed URL so that tsc (allowJs) does not follow it into dist/.
await import(new URL('../dist/main.js', import.meta.url).href);
