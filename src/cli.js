#!/usr/bin/env node
// The `candidate-gateway` command. The gateway is TypeScript run through tsx's loader, so the
// same sources serve `npm start`, the CLI and the tests with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
