import type { PrismaClient } from '../generated/prisma/client.js';
import { NotFoundError } from '../errors.js';
import { inTransaction } from '../domain/transaction.js';
import { rescheduleDelivery } from './schedule-delivery.js';

/**
 * Sends a delivery again now, with the same webhook-id and body, and a fresh retry window.
 * A delivery still waiting for a retry is simply moved forward.
 */
export async function redeliverWebhook(prisma: PrismaClient, organizationId: string, deliveryId: string | null) {
  return inTransaction(prisma, async (tx) => {
    const delivery = deliveryId ? await tx.webhookDelivery.findFirst({ where: { id: deliveryId, endpoint: { organizationId } } }) : null;
    if (!delivery) throw new NotFoundError('WebhookDelivery');
    const updated = await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: 'PENDING', nextAttemptAt: new Date(), retryFrom: new Date(), completedAt: null },
    });
    await rescheduleDelivery(tx, delivery.id);
    return updated;
  });
}
