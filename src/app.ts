import type { AppServices } from './app-services.js';
import { ApiKeyCache } from './auth/api-key-cache.js';
import type { Config } from './config.js';
import { databaseTarget, openDatabase, type Database, type DatabaseTarget } from './db/client.js';
import { applyPendingMigrations } from './db/migrations.js';
import { openJobQueue, type JobQueue, type JobQueueOptions } from './jobs/job-queue.js';
import { JobWorker, defaultWorkerOptions, type WorkerOptions } from './jobs/worker.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics/metrics.js';
import { countingRefusals } from './metrics/rate-limit-metrics.js';
import { createMailTransport } from './mail/mail-transport.js';
import { processResumeHandler } from './domain/resumes/process-resume.job.js';
import { createFieldExtractor } from './resume/field-extractor.js';
import { sendEmailHandler } from './mail/send-email.job.js';
import { deliverWebhookHandler } from './webhooks/deliver-webhook.job.js';
import { startRetentionSweep } from './domain/candidates/retention-sweep.js';
import { pruneIdempotencyRecords } from './policy/idempotency.js';
import { createRateLimits } from './policy/rate-limits.js';
import { createGatewayPubSub } from './pubsub.js';
import { createGatewayYoga, type GatewayYoga } from './yoga.js';

const IDEMPOTENCY_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

export interface App {
  services: AppServices;
  yoga: GatewayYoga;
  worker: JobWorker;
  close(): Promise<void>;
}

export interface AppOptions {
  target?: DatabaseTarget;
  logger?: Logger;
  /** Run the background workers in this process (default: the WORKERS setting). */
  worker?: boolean;
  workerOptions?: Partial<WorkerOptions>;
  /** Retry policy per job kind (tests shorten the delays). */
  jobPolicies?: JobQueueOptions['policies'];
}

/** Opens the database, applies pending migrations and assembles the gateway; no port is opened. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  const db: Database = await openDatabase(options.target ?? databaseTarget(config));
  const runWorkers = options.worker ?? config.WORKERS === 'on';
  let jobs: JobQueue;
  try {
    const applied = await applyPendingMigrations(db);
    if (applied.length > 0) logger.info({ applied }, 'applied database migrations');
    jobs = await openJobQueue(db, logger.child({ component: 'jobs' }), { leaseMs: config.JOB_LEASE_MS, maintain: runWorkers, policies: options.jobPolicies });
  } catch (error) {
    await db.close();
    throw error;
  }
  const metrics = createMetrics(db);
  const pubsub = createGatewayPubSub({
    redisUrl: config.REDIS_URL,
    logger,
    queueLimit: config.SUBSCRIBER_QUEUE_LIMIT,
    onSlowSubscriber: () => metrics.slowSubscriberDisconnects.inc(),
  });
  const apiKeys = new ApiKeyCache(config.API_KEY_CACHE_TTL_MS);
  const revocations = pubsub.subscribe('api-key:revoked', 'all');
  void (async () => {
    for await (const { prefix } of revocations) apiKeys.invalidate(prefix);
  })();
  const services: AppServices = {
    config,
    logger,
    db,
    pubsub,
    jobs,
    rateLimits: countingRefusals(createRateLimits(config, logger), metrics),
    metrics,
    apiKeys,
  };
  const mail = createMailTransport(config);
  const worker = new JobWorker(
    jobs,
    {
      SEND_EMAIL: sendEmailHandler(db.prisma, mail, config.MAIL_FROM),
      PROCESS_RESUME: processResumeHandler(services, await createFieldExtractor(config, logger)),
      DELIVER_WEBHOOK: deliverWebhookHandler(db.prisma, jobs, config),
    },
    logger.child({ component: 'worker' }),
    { ...defaultWorkerOptions, ...options.workerOptions },
  );
  if (runWorkers) {
    if (db.kind === 'pglite') {
      const released = await worker.releaseOrphanedJobs();
      if (released > 0) logger.warn({ released }, 'resuming jobs interrupted by a previous crash');
    }
    await worker.start();
  }
  const yoga = createGatewayYoga(services);
  const prune = () => void pruneIdempotencyRecords(db.prisma).catch((error: unknown) => logger.warn({ err: error }, 'pruning idempotency keys failed'));
  const pruning = setInterval(prune, IDEMPOTENCY_PRUNE_INTERVAL_MS).unref();
  const retention = startRetentionSweep(services, config.RETENTION_SWEEP_INTERVAL_MS);
  return {
    services,
    yoga,
    worker,
    async close() {
      clearInterval(pruning);
      await retention.stop();
      await revocations.return?.();
      await worker.stop();
      await jobs.close();
      mail.close();
      await pubsub.close();
      await services.rateLimits.close();
      await db.close();
    },
  };
}
