import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { Logger } from './logger.js';

/** Long-lived collaborators shared by every request, the worker and the REST layer. */
export interface AppServices {
  config: Config;
  logger: Logger;
  db: Database;
}
