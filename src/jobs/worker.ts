import type PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';
import { deadLetterQueue, JOB_KINDS, type JobKind } from './job-kinds.js';
import type { JobData, JobQueue } from './job-queue.js';

export interface ClaimedJob {
  id: string;
  kind: JobKind;
  subjectId: string;
  /** 1 on the first run. */
  attempts: number;
  maxAttempts: number;
}

export interface JobHandler {
  /** Jobs of this kind one process runs at once (pg-boss's per-worker count); default WorkerOptions.concurrency. */
  concurrency?: number;
  run(job: ClaimedJob): Promise<void>;
  /** Called once the last attempt has failed: the job is dead-lettered. */
  onDead?(job: ClaimedJob, error: Error): Promise<void>;
}

export interface WorkerOptions {
  /** Jobs of one kind run at once in this process, unless `concurrencyByKind` says otherwise. */
  concurrency: number;
  concurrencyByKind: Partial<Record<JobKind, number>>;
  /** How often an idle worker looks for jobs enqueued by other processes (at least 500 ms). */
  pollIntervalMs: number;
}

export const defaultWorkerOptions: WorkerOptions = { concurrency: 2, concurrencyByKind: {}, pollIntervalMs: 1_000 };

type Job = PgBoss.JobWithMetadata<JobData>;

function failureMessage(output: unknown): string {
  const out = output as { message?: string; value?: { message?: string } | string } | null;
  if (typeof out?.message === 'string') return out.message;
  if (typeof out?.value === 'object' && typeof out.value?.message === 'string') return out.value.message;
  if (typeof out?.value === 'string') return out.value;
  return 'unknown failure';
}

/**
 * Runs registered handlers on pg-boss workers. Handlers must be idempotent: a run may repeat
 * after a crash part-way through.
 */
export class JobWorker {
  private workerIds: string[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private unsubscribe: (() => void) | undefined;
  private starting: Promise<void> | null = null;

  constructor(
    private readonly queue: JobQueue,
    private readonly handlers: Partial<Record<JobKind, JobHandler>>,
    private readonly logger: Logger,
    private readonly options: WorkerOptions = defaultWorkerOptions,
  ) {}

  /**
   * Fails runs left active by a process that no longer exists, so they are retried now instead
   * of when their lease lapses. Only safe when this process is the only worker, as on embedded
   * PGlite, which one process holds exclusively.
   */
  async releaseOrphanedJobs(): Promise<number> {
    const { rows } = await this.queue.boss.getDb().executeSql(`SELECT name, id FROM pgboss.job WHERE state = 'active'`, []);
    const byQueue = new Map<string, string[]>();
    for (const row of rows as { name: string; id: string }[]) byQueue.set(row.name, [...(byQueue.get(row.name) ?? []), row.id]);
    for (const [name, ids] of byQueue) {
      for (const id of ids) await this.queue.boss.fail(name, id, { message: 'interrupted: the process running it stopped' });
    }
    return rows.length;
  }

  start(): Promise<void> {
    if (this.starting) return this.starting;
    this.starting = this.register();
    return this.starting;
  }

  /** Stops taking jobs and waits for the ones running here. */
  async stop() {
    const starting = this.starting;
    if (!starting) return;
    await starting.catch(() => {});
    this.starting = null;
    this.unsubscribe?.();
    const ids = this.workerIds;
    this.workerIds = [];
    await Promise.all(ids.map((id) => this.queue.boss.offWork({ id })));
    await Promise.allSettled([...this.inFlight]);
  }

  private async register() {
    const pollingIntervalSeconds = Math.max(this.options.pollIntervalMs, 500) / 1000;
    for (const kind of JOB_KINDS) {
      const handler = this.handlers[kind];
      if (!handler) continue;
      const concurrency = this.options.concurrencyByKind[kind] ?? handler.concurrency ?? this.options.concurrency;
      for (let i = 0; i < concurrency; i += 1) {
        let self = '';
        self = await this.queue.boss.work<JobData>(kind, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds }, ([job]) =>
          // Straight on to the next job rather than after a polling interval.
          this.track(this.execute(kind, handler, job!)).finally(() => this.queue.boss.notifyWorker(self)),
        );
        this.workerIds.push(self);
      }
      const onDead = handler.onDead;
      if (onDead) {
        // Dead letters are rare: their worker looks less often.
        const deadPolling = Math.max(pollingIntervalSeconds, 5);
        const id = await this.queue.boss.work<JobData>(deadLetterQueue(kind), { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: deadPolling }, ([job]) =>
          this.track(onDead.call(handler, this.claimed(kind, job!, job!.data.maxAttempts), new Error(failureMessage(job!.output)))),
        );
        this.workerIds.push(id);
      }
    }
    this.unsubscribe = this.queue.onNudge(() => {
      for (const id of this.workerIds) this.queue.boss.notifyWorker(id);
    });
  }

  private claimed(kind: JobKind, job: Job, attempts: number): ClaimedJob {
    return { id: job.id, kind, subjectId: job.data.subjectId, attempts, maxAttempts: job.data.maxAttempts ?? job.retryLimit + 1 };
  }

  private async execute(kind: JobKind, handler: JobHandler, job: Job) {
    const claimed = this.claimed(kind, job, job.retryCount + 1);
    try {
      await handler.run(claimed);
    } catch (error) {
      const dead = claimed.attempts >= claimed.maxAttempts;
      this.logger.warn({ err: error, jobId: job.id, kind, attempt: claimed.attempts, dead }, 'job attempt failed');
      throw error;
    }
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    void promise.then(
      () => this.inFlight.delete(promise),
      () => this.inFlight.delete(promise),
    );
    return promise;
  }
}
