import type { ApiKeyCache } from './auth/api-key-cache.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics/metrics.js';
import type { RateLimits } from './policy/rate-limits.js';
import type { GatewayPubSub } from './pubsub.js';

/** Long-lived collaborators shared by every request, the worker and the REST layer. */
export interface AppServices {
  config: Config;
  logger: Logger;
  db: Database;
  pubsub: GatewayPubSub;
  jobs: JobQueue;
  rateLimits: RateLimits;
  metrics: Metrics;
  apiKeys: ApiKeyCache;
}
