import { EventEmitter } from 'node:events';
import type { JobKind } from '../generated/prisma/client.js';
import type { Tx } from '../domain/transaction.js';

/**
 * Durable jobs live in the `Job` table and are enqueued in the same transaction as the row they
 * work on, so accepted work survives any crash. `nudge` wakes this process's worker at once;
 * other instances find the job on their next poll.
 */
export class JobQueue {
  private readonly wake = new EventEmitter();

  async enqueue(tx: Tx, kind: JobKind, subjectId: string, options: { maxAttempts?: number } = {}) {
    return tx.job.create({ data: { kind, subjectId, maxAttempts: options.maxAttempts ?? 5 } });
  }

  nudge() {
    this.wake.emit('wake');
  }

  onNudge(listener: () => void): () => void {
    this.wake.on('wake', listener);
    return () => this.wake.off('wake', listener);
  }
}
