import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { JobKind, PrismaClient } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import type { JobQueue } from './job-queue.js';
import { RetryAt } from './retry-at.js';

export interface ClaimedJob {
  id: string;
  kind: JobKind;
  subjectId: string;
  attempts: number;
  maxAttempts: number;
}

export interface JobHandler {
  run(job: ClaimedJob): Promise<void>;
  /** Called once when the last attempt has failed: the job is dead-lettered. */
  onDead?(job: ClaimedJob, error: Error): Promise<void>;
}

export interface WorkerOptions {
  concurrency: number;
  pollIntervalMs: number;
  leaseMs: number;
  /** Delay before retry n (1-based) — exponential, capped. */
  backoffMs: (attempt: number) => number;
}

export const defaultWorkerOptions: WorkerOptions = {
  concurrency: 2,
  pollIntervalMs: 1_000,
  leaseMs: 30_000,
  backoffMs: (attempt) => Math.min(1_000 * 2 ** (attempt - 1), 60_000),
};

/**
 * Claims due jobs with FOR UPDATE SKIP LOCKED and a lease: a job whose worker died (kill -9)
 * becomes claimable again when its lease runs out, and several processes can share one queue.
 * Handlers must be idempotent: a job may run again after a crash mid-way.
 */
export class JobWorker {
  private readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private running = 0;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private polling: Promise<void> | null = null;
  private pollAgain = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly queue: JobQueue,
    private readonly handlers: Partial<Record<JobKind, JobHandler>>,
    private readonly logger: Logger,
    private readonly options: WorkerOptions = defaultWorkerOptions,
  ) {}

  /**
   * Makes jobs leased by a process that no longer exists claimable now. Only safe when this
   * process is the only worker, as on embedded PGlite, which one process holds exclusively.
   */
  async releaseOrphanedLeases(): Promise<number> {
    const { count } = await this.prisma.job.updateMany({ where: { status: 'RUNNING' }, data: { status: 'PENDING', leaseUntil: null, leasedBy: null } });
    return count;
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.queue.onNudge(() => void this.poll());
    this.schedule(0);
  }

  async stop() {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    // A claim still in flight must finish before the database is closed under it.
    await this.polling;
    await Promise.allSettled([...this.inFlight]);
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), delay);
    this.timer.unref();
  }

  private poll(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.polling) {
      this.pollAgain = true;
      return this.polling;
    }
    this.polling = this.claimAndRun().finally(() => {
      this.polling = null;
      if (this.pollAgain && !this.stopped) {
        this.pollAgain = false;
        setImmediate(() => void this.poll());
      } else {
        this.schedule(this.options.pollIntervalMs);
      }
    });
    return this.polling;
  }

  private async claimAndRun(): Promise<void> {
    try {
      const free = this.options.concurrency - this.running;
      if (free > 0) {
        const jobs = await this.claim(free);
        for (const job of jobs) this.track(this.execute(job));
        if (jobs.length === free) this.pollAgain = true;
      }
    } catch (error) {
      if (!this.stopped) this.logger.error({ err: error }, 'job poll failed');
    }
  }

  private track(promise: Promise<void>) {
    this.inFlight.add(promise);
    void promise.finally(() => {
      this.inFlight.delete(promise);
      void this.poll();
    });
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const kinds = Object.keys(this.handlers);
    if (kinds.length === 0) return [];
    return this.prisma.$queryRawUnsafe<ClaimedJob[]>(
      `UPDATE "Job" SET status = 'RUNNING', attempts = attempts + 1, "leaseUntil" = now() + ($1 || ' milliseconds')::interval,
              "leasedBy" = $2, "updatedAt" = now()
        WHERE id IN (
          SELECT id FROM "Job"
           WHERE kind::text = ANY($3::text[])
             AND ((status = 'PENDING' AND "runAt" <= now()) OR (status = 'RUNNING' AND "leaseUntil" < now()))
           ORDER BY "runAt"
           FOR UPDATE SKIP LOCKED
           LIMIT $4)
        RETURNING id, kind::text AS kind, "subjectId", attempts, "maxAttempts"`,
      String(this.options.leaseMs),
      this.workerId,
      kinds,
      limit,
    );
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const handler = this.handlers[job.kind];
    if (!handler) return;
    this.running += 1;
    // Long jobs keep their lease alive; a worker that dies stops renewing and the job is reclaimed.
    const heartbeat = setInterval(() => {
      void this.prisma.job
        .updateMany({ where: { id: job.id, leasedBy: this.workerId, status: 'RUNNING' }, data: { leaseUntil: new Date(Date.now() + this.options.leaseMs) } })
        .catch((error: unknown) => this.logger.warn({ err: error, jobId: job.id }, 'could not renew job lease'));
    }, this.options.leaseMs / 3);
    heartbeat.unref();
    try {
      await handler.run(job);
      await this.prisma.job.update({ where: { id: job.id }, data: { status: 'SUCCEEDED', leaseUntil: null, lastError: null } });
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      const retryAt = err instanceof RetryAt ? err.at : null;
      const dead = !retryAt && job.attempts >= job.maxAttempts;
      this.logger.warn({ err, jobId: job.id, kind: job.kind, attempt: job.attempts, dead }, 'job attempt failed');
      if (dead) await handler.onDead?.(job, err).catch((e: unknown) => this.logger.error({ err: e, jobId: job.id }, 'dead-letter handler failed'));
      await this.prisma.job
        .update({
          where: { id: job.id },
          data: dead
            ? { status: 'DEAD', leaseUntil: null, lastError: err.message.slice(0, 2000) }
            : { status: 'PENDING', leaseUntil: null, lastError: err.message.slice(0, 2000), runAt: retryAt ?? new Date(Date.now() + this.options.backoffMs(job.attempts)) },
        })
        .catch((e: unknown) => this.logger.error({ err: e, jobId: job.id }, 'could not record job failure'));
    } finally {
      clearInterval(heartbeat);
      this.running -= 1;
    }
  }
}
