import { EventEmitter } from 'node:events';
import PgBoss from 'pg-boss';
import type { Database } from '../db/client.js';
import type { Tx } from '../domain/transaction.js';
import type { Logger } from '../logger.js';
import { DEFAULT_JOB_POLICIES, deadLetterQueue, JOB_KINDS, type JobKind, type JobKindPolicy } from './job-kinds.js';
import { pgliteSql, transactionSql } from './queue-sql.js';

export interface EnqueueOptions {
  /** Runs before the job is dead-lettered; the kind's policy when absent. */
  maxAttempts?: number;
  /** When the first run may start: a time, or a delay in seconds. */
  startAfter?: Date | number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
}

export interface JobData {
  subjectId: string;
  maxAttempts: number;
}

export interface JobQueueOptions {
  /** A run longer than this is presumed lost (its process died) and retried. */
  leaseMs: number;
  /** Expire lost runs and archive finished jobs in this process (only where workers run). */
  maintain: boolean;
  policies?: Partial<Record<JobKind, Partial<JobKindPolicy>>>;
}

/**
 * Durable jobs on pg-boss, in the application's own database (PGlite or PostgreSQL). A job is
 * enqueued in the same transaction as the row it works on, so accepted work survives any crash
 * and rolled-back work never runs. `nudge` wakes this process's workers at once; other
 * processes find the job on their next poll.
 */
export class JobQueue {
  private readonly wake = new EventEmitter();

  constructor(
    readonly boss: PgBoss,
    readonly policies: Record<JobKind, JobKindPolicy>,
  ) {}

  async enqueue(tx: Tx, kind: JobKind, subjectId: string, options: EnqueueOptions = {}): Promise<string> {
    const policy = this.policies[kind];
    const maxAttempts = options.maxAttempts ?? policy.maxAttempts;
    const data: JobData = { subjectId, maxAttempts };
    const id = await this.boss.send(kind, data, {
      db: transactionSql(tx),
      retryLimit: maxAttempts - 1,
      retryDelay: options.retryDelaySeconds ?? policy.retryDelaySeconds,
      retryBackoff: options.retryBackoff ?? policy.retryBackoff,
      ...(options.startAfter === undefined ? {} : { startAfter: options.startAfter }),
    });
    if (!id) throw new Error(`the ${kind} job for ${subjectId} was not enqueued`);
    return id;
  }

  nudge() {
    this.wake.emit('wake');
  }

  onNudge(listener: () => void): () => void {
    this.wake.on('wake', listener);
    return () => this.wake.off('wake', listener);
  }

  /** Jobs waiting or running, per kind (for operators and metrics). */
  async depth(kind: JobKind): Promise<number> {
    return this.boss.getQueueSize(kind);
  }

  async close() {
    await this.boss.stop({ graceful: true, close: true, timeout: 10_000 });
  }
}

/** Starts pg-boss on the application's database (installing its schema once) and declares every queue. */
export async function openJobQueue(db: Database, logger: Logger, options: JobQueueOptions): Promise<JobQueue> {
  const expireInSeconds = Math.max(1, Math.ceil(options.leaseMs / 1000));
  const connection = db.driver.kind === 'pglite' ? { db: pgliteSql(db.driver.pglite) } : { connectionString: db.driver.url, max: 4 };
  const boss = new PgBoss({
    ...connection,
    supervise: options.maintain,
    // Lost runs are noticed at maintenance, so it runs about as often as a lease lasts.
    maintenanceIntervalSeconds: Math.min(expireInSeconds, 120),
    schedule: false,
    migrate: true,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  const policies = { ...DEFAULT_JOB_POLICIES };
  for (const kind of JOB_KINDS) {
    const policy = { ...DEFAULT_JOB_POLICIES[kind], ...options.policies?.[kind] };
    policies[kind] = policy;
    const settings = { retryLimit: policy.maxAttempts - 1, retryDelay: policy.retryDelaySeconds, retryBackoff: policy.retryBackoff, expireInSeconds };
    await boss.createQueue(deadLetterQueue(kind), { name: deadLetterQueue(kind), ...settings });
    await boss.createQueue(kind, { name: kind, ...settings, deadLetter: deadLetterQueue(kind) });
    await boss.updateQueue(kind, { name: kind, ...settings, deadLetter: deadLetterQueue(kind) });
  }
  return new JobQueue(boss, policies);
}
