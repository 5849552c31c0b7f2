import type { Tx } from '../domain/transaction.js';

/** Webhook deliveries keep their own retry schedule (RetryAt), so the queue's attempt cap never ends them. */
const QUEUE_ATTEMPT_CAP = 100_000;

/** The one place webhook deliveries meet the durable queue: one job per delivery, run at once. */
export async function scheduleDeliveries(tx: Tx, deliveryIds: string[]): Promise<void> {
  await tx.job.createMany({ data: deliveryIds.map((subjectId) => ({ kind: 'DELIVER_WEBHOOK' as const, subjectId, maxAttempts: QUEUE_ATTEMPT_CAP })) });
}

/** Makes a delivery's job due now again, whether it finished or still waits for a retry. */
export async function rescheduleDelivery(tx: Tx, deliveryId: string): Promise<void> {
  await tx.job.upsert({
    where: { kind_subjectId: { kind: 'DELIVER_WEBHOOK', subjectId: deliveryId } },
    create: { kind: 'DELIVER_WEBHOOK', subjectId: deliveryId, maxAttempts: QUEUE_ATTEMPT_CAP },
    update: { status: 'PENDING', runAt: new Date(), attempts: 0, lastError: null },
  });
}
