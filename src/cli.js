#!/usr/bin/env -S node --max-semi-space-size=64
// The `candidate-gateway` command (and `npm start`). The first line is where its Node flags live: a young
// generation of 64 MB semi-spaces cut garbage collection from 24 % to 13 % of a 50-row page's CPU (test/bench/EXPERIMENTS.md);
// V8 reads the flag only at start-up, so it cannot be set from here. It runs the compiled JavaScript in dist/,
// rebuilt first whenever a source changed since the last build, so an edited checkout never
// serves old code and nothing loads a TypeScript compiler at run time.
import { ensureCompiled } from './build/compile.js';

await ensureCompiled();
// A computed URL so that tsc (allowJs) does not follow it into dist/.
await import(new URL('../dist/main.js', import.meta.url).href);
