import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { JOB_KINDS } from '../jobs/job-kinds.js';
import { stopOnSignals } from './stop-on-signals.js';

/** Background workers only: no port, so API and workers scale separately on PostgreSQL. */
export async function runWorker() {
  const config = loadConfig();
  const app = await createApp(config, { worker: true });
  const { logger } = app.services;
  logger.info({ database: app.services.db.kind, location: app.services.db.location, kinds: JOB_KINDS }, 'candidate-gateway worker running');
  stopOnSignals(logger, config.SHUTDOWN_TIMEOUT_MS, () => app.close());
}
