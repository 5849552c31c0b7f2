import type { Config } from '../config.js';
import { inTransaction } from '../domain/transaction.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { JobHandler } from '../jobs/worker.js';
import { resolveDeliveryTarget, type Resolver } from './address-policy.js';
import { recordEndpointFailure, recordEndpointSuccess } from './endpoint-health.js';
import { postWebhook, type PostResult } from './post-webhook.js';
import { retryDelayMs } from './retry-schedule.js';
import { scheduleAttempt } from './schedule-delivery.js';
import { signingSecrets, signWebhook } from './sign-webhook.js';

export type WebhookDeliveryConfig = Pick<Config, 'NODE_ENV' | 'WEBHOOK_RETRY_BASE_MS' | 'WEBHOOK_RETRY_HORIZON_MS' | 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_DISABLE_AFTER_MS'>;

/** The `webhook-id` of an event: the same for every attempt and every endpoint, so receivers can deduplicate. */
export function webhookMessageId(eventId: string): string {
  return `msg_${eventId}`;
}

/**
 * One attempt of one delivery (one job). A 2xx ends it; anything else (status, timeout, refused or
 * blocked address) is recorded and the next attempt enqueued on the delivery's own schedule, in
 * the same transaction, until the horizon; then the delivery is marked FAILED. A crash before that
 * transaction commits leaves this job to the queue's own retry; a crash after it leaves the next job.
 */
export function deliverWebhookHandler(prisma: PrismaClient, jobs: JobQueue, config: WebhookDeliveryConfig, resolve?: Resolver): JobHandler {
  return {
    async run(job) {
      const delivery = await prisma.webhookDelivery.findUnique({ where: { id: job.subjectId }, include: { endpoint: true, event: true } });
      if (!delivery || delivery.status !== 'PENDING' || delivery.jobId !== job.id) return;
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
      await inTransaction(prisma, async (tx) => {
        // Locked so a redelivery committing meanwhile is seen: then this attempt is recorded but schedules nothing.
        const [current] = await tx.$queryRaw<{ jobId: string | null }[]>`SELECT "jobId" FROM "WebhookDelivery" WHERE id = ${delivery.id}::uuid FOR UPDATE`;
        const stillOurs = current?.jobId === job.id;
        const attempts = await tx.webhookAttempt.count({ where: { deliveryId: delivery.id } });
        await tx.webhookAttempt.create({ data: { deliveryId: delivery.id, attemptedAt: started, statusCode: result.statusCode, durationMs, error: result.error } });
        const now = new Date();
        if (result.error === null) {
          if (stillOurs) await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: 'SUCCEEDED', completedAt: now, nextAttemptAt: null, jobId: null } });
          await recordEndpointSuccess(tx, endpoint.id);
          return;
        }
        // The failure that disables the endpoint also ends this delivery: a disabled endpoint is sent nothing more.
        const disabledNow = endpoint.enabled && (await recordEndpointFailure(tx, endpoint.id, now, config.WEBHOOK_DISABLE_AFTER_MS));
        const next = new Date(now.getTime() + retryDelayMs(attempts + 1, config.WEBHOOK_RETRY_BASE_MS));
        const givingUp = !endpoint.enabled || disabledNow || next.getTime() - delivery.retryFrom.getTime() > config.WEBHOOK_RETRY_HORIZON_MS;
        if (stillOurs) {
          await tx.webhookDelivery.update({
            where: { id: delivery.id },
            data: givingUp
              ? { status: 'FAILED', completedAt: now, nextAttemptAt: null, jobId: null }
              : { nextAttemptAt: next, jobId: await scheduleAttempt(tx, jobs, delivery.id, next) },
          });
        }
      });
    },
  };
}
