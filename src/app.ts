import type { AppServices } from './app-services.js';
import type { Config } from './config.js';
import { databaseTarget, openDatabase, type Database, type DatabaseTarget } from './db/client.js';
import { applyPendingMigrations } from './db/migrations.js';
import { JobQueue } from './jobs/job-queue.js';
import { JobWorker, defaultWorkerOptions, type WorkerOptions } from './jobs/worker.js';
import { createLogger, type Logger } from './logger.js';
import { createMailTransport } from './mail/mail-transport.js';
import { sendEmailHandler } from './mail/send-email.job.js';
import { createGatewayPubSub } from './pubsub.js';
import { createGatewayYoga, type GatewayYoga } from './yoga.js';

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
  const services: AppServices = { config, logger, db, pubsub, jobs };
  const mail = createMailTransport(config);
  const worker = new JobWorker(
    db.prisma,
    jobs,
    { SEND_EMAIL: sendEmailHandler(db.prisma, mail, config.MAIL_FROM) },
    logger.child({ component: 'worker' }),
    { ...defaultWorkerOptions, ...options.workerOptions },
  );
  if (options.worker ?? true) worker.start();
  const yoga = createGatewayYoga(services);
  return {
    services,
    yoga,
    worker,
    async close() {
      await worker.stop();
      mail.close();
      await pubsub.close();
      await db.close();
    },
  };
}
