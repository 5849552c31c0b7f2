// Loaded with `--import` into a spawned CLI: any module beyond what parsing the command line needs
// (the entry, the build check, commander, the scope list; esbuild only when dist/ is stale) fails
// the process, naming the module. Plain JavaScript: the CLI process has no TypeScript loader.
import { register } from 'node:module';

const root = new URL('../../', import.meta.url).href;
const allowed = [
  'src/cli.js',
  'src/build/compile.js',
  'dist/main.js',
  'dist/auth/scopes.js',
  'node_modules/commander/',
  'node_modules/esbuild/',
].map((path) => root + path);

const hooks = `
const allowed = ${JSON.stringify(allowed)};
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (!resolved.url.startsWith('node:') && !allowed.some((prefix) => resolved.url.startsWith(prefix))) {
    throw new Error('the CLI loaded ' + resolved.url + ' before running a command');
  }
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
