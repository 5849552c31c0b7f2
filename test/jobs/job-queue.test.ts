import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { applyPendingMigrations } from '../../src/db/migrations.js';
import { inTransaction } from '../../src/domain/transaction.js';
import { openJobQueue, type JobQueue } from '../../src/jobs/job-queue.js';
import { JobWorker, type ClaimedJob } from '../../src/jobs/worker.js';
import { createLogger } from '../../src/logger.js';
import { availableBackends, isolatedTarget, type IsolatedTarget } from '../support/backends.js';

const backends = await availableBackends();

/** Resolves when `check` returns something, polling a condition rather than sleeping a guess. */
async function until<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(backends)('durable job queue (pg-boss) on %s', (backend) => {
  let isolated: IsolatedTarget;
  let db: Database;
  let queue: JobQueue;
  beforeAll(async () => {
    isolated = await isolatedTarget(backend);
    db = await openDatabase(isolated.target);
    await applyPendingMigrations(db.adapterFactory);
    queue = await openJobQueue(db, createLogger('silent'), { leaseMs: 30_000, maintain: true, policies: { SEND_EMAIL: { retryDelaySeconds: 0, retryBackoff: false, maxAttempts: 3 } } });
  });
  afterAll(async () => {
    await queue.close();
    await db.close();
    await isolated.drop();
  });

  const subject = () => crypto.randomUUID();
  const state = async (kind: string, id: string) => (await queue.boss.getJobById(kind, id))?.state;

  it('enqueues with the Prisma transaction: a rollback leaves no job, a commit leaves one', async () => {
    let rolledBack = '';
    await expect(
      inTransaction(db.prisma, async (tx) => {
        rolledBack = await queue.enqueue(tx, 'SEND_EMAIL', subject());
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(rolledBack).toMatch(/^[0-9a-f-]{36}$/);
    expect(await queue.boss.getJobById('SEND_EMAIL', rolledBack)).toBeNull();
    const committed = await inTransaction(db.prisma, (tx) => queue.enqueue(tx, 'SEND_EMAIL', subject()));
    expect(await state('SEND_EMAIL', committed)).toBe('created');
    await queue.boss.deleteJob('SEND_EMAIL', committed);
  });

  it('runs a job, retries a failing one and dead-letters it after its last attempt', async () => {
    const runs: ClaimedJob[] = [];
    const dead: { job: ClaimedJob; error: Error }[] = [];
    const ok = subject();
    const doomed = subject();
    const worker = new JobWorker(
      queue,
      {
        SEND_EMAIL: {
          async run(job) {
            runs.push(job);
            if (job.subjectId === doomed) throw new Error(`refused on attempt ${job.attempts}`);
          },
          async onDead(job, error) {
            dead.push({ job, error });
          },
        },
      },
      createLogger('silent'),
      { concurrency: 1, concurrencyByKind: {}, pollIntervalMs: 500 },
    );
    await worker.start();
    try {
      await inTransaction(db.prisma, async (tx, hooks) => {
        await queue.enqueue(tx, 'SEND_EMAIL', ok);
        await queue.enqueue(tx, 'SEND_EMAIL', doomed);
        hooks.afterCommit(() => queue.nudge());
      });
      const [letter] = await until(async () => (dead.length ? dead : undefined));
      expect(letter!.job.subjectId).toBe(doomed);
      expect(letter!.error.message).toBe('refused on attempt 3');
      expect(runs.filter((r) => r.subjectId === ok).map((r) => r.attempts)).toEqual([1]);
      expect(runs.filter((r) => r.subjectId === doomed).map((r) => r.attempts)).toEqual([1, 2, 3]);
    } finally {
      await worker.stop();
    }
  });

  it('holds a delayed job until its start time', async () => {
    const started: number[] = [];
    const worker = new JobWorker(queue, { SEND_EMAIL: { run: async () => void started.push(Date.now()) } }, createLogger('silent'), {
      concurrency: 1,
      concurrencyByKind: {},
      pollIntervalMs: 500,
    });
    await worker.start();
    try {
      const enqueuedAt = Date.now();
      const id = await inTransaction(db.prisma, (tx) => queue.enqueue(tx, 'SEND_EMAIL', subject(), { startAfter: 2 }));
      queue.nudge();
      await until(async () => ((await state('SEND_EMAIL', id)) === 'completed' ? true : undefined));
      expect(started[0]! - enqueuedAt).toBeGreaterThanOrEqual(2_000);
    } finally {
      await worker.stop();
    }
  });
});
