import type { Config } from '../config.js';
import { inTransaction } from '../domain/transaction.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { RetryAt } from '../jobs/retry-at.js';
import type { JobHandler } from '../jobs/worker.js';
import { resolveDeliveryTarget, type Resolver } from './address-policy.js';
import { recordEndpointFailure, recordEndpointSuccess } from './endpoint-health.js';
import { postWebhook, type PostResult } from './post-webhook.js';
import { retryDelayMs } from './retry-schedule.js';
import { signingSecrets, signWebhook } from './sign-webhook.js';

export type WebhookDeliveryConfig = Pick<Config, 'NODE_ENV' | 'WEBHOOK_RETRY_BASE_MS' | 'WEBHOOK_RETRY_HORIZON_MS' | 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_DISABLE_AFTER_MS'>;

/** The `webhook-id` of an event: the same for every attempt and every endpoint, so receivers can deduplicate. */
export function webhookMessageId(eventId: string): string {
  return `msg_${eventId}`;
}

/**
 * One attempt of one delivery. A 2xx ends it; anything else (status, timeout, refused or blocked
 * address) is recorded and retried on its own schedule until the horizon, then marked FAILED.
 */
export function deliverWebhookHandler(prisma: PrismaClient, config: WebhookDeliveryConfig, resolve?: Resolver): JobHandler {
  return {
    async run(job) {
      const delivery = await prisma.webhookDelivery.findUnique({ where: { id: job.subjectId }, include: { endpoint: true, event: true } });
      if (!delivery || delivery.status !== 'PENDING') return;
      const { endpoint, event } = delivery;
      const started = new Date();
      let result: PostResult;
      if (!endpoint.enabled) {
        result = { statusCode: null, error: 'endpoint is disabled' };
      } else {
        const body = JSON.stringify(event.payload);
        try {
          // Checked again on every attempt: a name that resolved to a public address may not any more.
          const target = await resolveDeliveryTarget(endpoint.url, { production: config.NODE_ENV === 'production', resolve });
          result = await postWebhook(target, signWebhook(signingSecrets(endpoint, started), webhookMessageId(event.id), started, body), body, config.WEBHOOK_TIMEOUT_MS);
        } catch (error) {
          result = { statusCode: null, error: (error as Error).message.slice(0, 500) };
        }
      }
      const durationMs = Date.now() - started.getTime();
      const retryAt = await inTransaction(prisma, async (tx) => {
        const attempts = await tx.webhookAttempt.count({ where: { deliveryId: delivery.id } });
        await tx.webhookAttempt.create({ data: { deliveryId: delivery.id, attemptedAt: started, statusCode: result.statusCode, durationMs, error: result.error } });
        const now = new Date();
        if (result.error === null) {
          await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: 'SUCCEEDED', completedAt: now, nextAttemptAt: null } });
          await recordEndpointSuccess(tx, endpoint.id);
          return null;
        }
        const next = new Date(now.getTime() + retryDelayMs(attempts + 1, config.WEBHOOK_RETRY_BASE_MS));
        const givingUp = !endpoint.enabled || next.getTime() - delivery.retryFrom.getTime() > config.WEBHOOK_RETRY_HORIZON_MS;
        await tx.webhookDelivery.update({
          where: { id: delivery.id },
          data: givingUp ? { status: 'FAILED', completedAt: now, nextAttemptAt: null } : { nextAttemptAt: next },
        });
        if (endpoint.enabled) await recordEndpointFailure(tx, endpoint.id, now, config.WEBHOOK_DISABLE_AFTER_MS);
        return givingUp ? null : next;
      });
      if (retryAt) throw new RetryAt(retryAt, `webhook delivery failed: ${result.error}`);
    },
  };
}
