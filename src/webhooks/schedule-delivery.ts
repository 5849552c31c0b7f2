import type { Tx } from '../domain/transaction.js';
import type { JobQueue } from '../jobs/job-queue.js';

/**
 * The one place webhook deliveries meet the durable queue. Each attempt is its own job, enqueued
 * in the caller's transaction, and the delivery remembers it (`jobId`): a job that is no longer
 * the delivery's (a queue retry after its attempt was already recorded, or one a redelivery
 * replaced) finds that out and does nothing, so no attempt is sent twice and none is lost.
 */
export async function scheduleAttempt(tx: Tx, jobs: JobQueue, deliveryId: string, at?: Date): Promise<string> {
  return jobs.enqueue(tx, 'DELIVER_WEBHOOK', deliveryId, at ? { startAfter: at } : {});
}
