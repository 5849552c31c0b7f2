// The gateway as `npm start` runs it (same app, same server), plus the bench's side port.
import { createApp } from '../../../src/app.js';
import { bootstrapEmptyDatabase } from '../../../src/bootstrap.js';
import { loadConfig } from '../../../src/config.js';
import { startServer } from '../../../src/server.js';
import { serveControl } from './control.js';

const config = loadConfig();
// No background worker unless asked: its polling would add statements no request sent.
const app = await createApp(config, { worker: process.env.BENCH_WORKER === 'true' });
const bootstrap = await bootstrapEmptyDatabase(app.services.db.prisma);
if (bootstrap) process.send?.({ bootstrapKey: bootstrap.key });
await startServer(app, { port: config.PORT, host: '127.0.0.1' });
serveControl(Number(process.env.CONTROL_PORT), () => app.services.db.queryCount());
// A normal exit on SIGTERM, so `--cpu-prof` (BENCH_FANOUT_PROFILE) writes its profile.
process.once('SIGTERM', () => process.exit(0));
