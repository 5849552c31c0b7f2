// The gateway as `npm start` runs it — the compiled JavaScript in dist/, no TypeScript loader in the
// process (hence plain JavaScript here too) — plus the bench's side port.
import { ensureCompiled } from '../../../src/build/compile.js';
import { serveControl } from './control.js';

await ensureCompiled();
// Computed URLs so that tsc (allowJs) does not follow them into dist/.
const [{ createApp }, { bootstrapEmptyDatabase }, { loadConfig }, { startServer }] = await Promise.all(
  ['app.js', 'bootstrap.js', 'config.js', 'server.js'].map((file) => import(new URL(`../../../dist/${file}`, import.meta.url).href)),
);

const config = loadConfig();
// No background worker unless asked: its polling would add statements no request sent.
const app = await createApp(config, { worker: process.env.BENCH_WORKER === 'true' });
const bootstrap = await bootstrapEmptyDatabase(app.services.db.prisma);
if (bootstrap) process.send?.({ bootstrapKey: bootstrap.key });
await startServer(app, { port: config.PORT, host: '127.0.0.1' });
serveControl(Number(process.env.CONTROL_PORT), () => app.services.db.queryCount());
// A normal exit on SIGTERM, so `--cpu-prof` (BENCH_FANOUT_PROFILE) writes its profile.
process.once('SIGTERM', () => process.exit(0));
