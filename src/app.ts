import type { AppServices } from './app-services.js';
import type { Config } from './config.js';
import { databaseTarget, openDatabase, type Database, type DatabaseTarget } from './db/client.js';
import { applyPendingMigrations } from './db/migrations.js';
import { JobQueue } from './jobs/job-queue.js';
import { JobWorker, defaultWorkerOptions, type WorkerOptions } from './jobs/worker.js';
import { createLogger, type Logger } from './logger.js';
import { createMailTransport } from './mail/mail-transport.js';
import { processResumeHandler } from './domain/resumes/process-resume.job.js';
import { createHeuristicExtractor } from './resume/extract-fields.js';
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
  /** Run the background worker in this process (default true). */
  worker?: boolean;
  workerOptions?: Partial<WorkerOptions>;
}

/** Opens the database, applies pending migrations and assembles the gateway; no port is opened. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const db: Database = await openDatabase(options.target ?? databaseTarget(config));
  try {
    const applied = await applyPendingMigrations(db.adapterFactory);
    if (applied.length > 0) logger.info({ applied }, 'applied database migrations');
  } catch (error) {
    await db.close();
    throw error;
  }
  const pubsub = createGatewayPubSub(config.REDIS_URL);
  const jobs = new JobQueue();
  const services: AppServices = { config, logger, db, pubsub, jobs, rateLimits: createRateLimits(config) };
  const mail = createMailTransport(config);
  const worker = new JobWorker(
    db.prisma,
    jobs,
    {
      SEND_EMAIL: sendEmailHandler(db.prisma, mail, config.MAIL_FROM),
      PROCESS_RESUME: processResumeHandler(services, createHeuristicExtractor()),
      DELIVER_WEBHOOK: deliverWebhookHandler(db.prisma, config),
    },
    logger.child({ component: 'worker' }),
    { ...defaultWorkerOptions, leaseMs: config.JOB_LEASE_MS, ...options.workerOptions },
  );
  if (options.worker ?? true) {
    if (db.kind === 'pglite') {
      const released = await worker.releaseOrphanedLeases();
      if (released > 0) logger.warn({ released }, 'resuming jobs interrupted by a previous crash');
    }
    worker.start();
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
      await worker.stop();
      mail.close();
      await pubsub.close();
      await services.rateLimits.close();
      await db.close();
    },
  };
}
