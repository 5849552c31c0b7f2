import type { PrismaClient } from '../generated/prisma/client.js';
import { NotFoundError } from '../errors.js';
import { inTransaction } from '../domain/transaction.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { scheduleAttempt } from './schedule-delivery.js';

/**
 * Sends a delivery again now, with the same webhook-id and body, and a fresh retry window.
 * A delivery still waiting for a retry is moved forward.
 */
export async function redeliverWebhook(prisma: PrismaClient, jobs: JobQueue, organizationId: string, deliveryId: string | null) {
  return inTransaction(prisma, async (tx) => {
    const delivery = deliveryId ? await tx.webhookDelivery.findFirst({ where: { id: deliveryId, endpoint: { organizationId } } }) : null;
    if (!delivery) throw new NotFoundError('WebhookDelivery');
    // The new job replaces any attempt still waiting: that job finds it is no longer the delivery's.
    const jobId = await scheduleAttempt(tx, jobs, delivery.id);
    return tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: 'PENDING', nextAttemptAt: new Date(), retryFrom: new Date(), completedAt: null, jobId },
    });
  });
}
