import { randomUUID } from 'node:crypto';
import type { WebhookEventType } from '../generated/prisma/enums.js';
import type { Tx } from '../domain/transaction.js';
import { WEBHOOK_TYPE_NAME } from './event-types.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { scheduleAttempt } from './schedule-delivery.js';

export interface WebhookEventInput {
  organizationId: string;
  type: WebhookEventType;
  /** The candidate the event is about, so erasure can find it again. */
  candidateId: string | null;
  /** Ids and changed fields only: never more personal data than a receiver needs to fetch the rest. */
  data: Record<string, unknown>;
}

type Endpoint = { id: string; events: WebhookEventType[] };

// A transaction that emits several events (a résumé's candidate and its outcome) reads its
// organization's endpoints once.
const endpointsByTransaction = new WeakMap<Tx, Map<string, Promise<Endpoint[]>>>();

function enabledEndpoints(tx: Tx, organizationId: string): Promise<Endpoint[]> {
  let byOrganization = endpointsByTransaction.get(tx);
  if (!byOrganization) endpointsByTransaction.set(tx, (byOrganization = new Map()));
  let endpoints = byOrganization.get(organizationId);
  if (!endpoints) {
    // Raw because the PGlite adapter sends `events: { has }` on an enum array as a malformed array literal.
    endpoints = tx.$queryRaw<Endpoint[]>`SELECT id, events::text[] AS events FROM "WebhookEndpoint" WHERE "organizationId" = ${organizationId}::uuid AND enabled`;
    byOrganization.set(organizationId, endpoints);
  }
  return endpoints;
}

/**
 * Writes the event and one delivery (with its durable job) per subscribed endpoint inside the
 * caller's transaction: the change and its webhooks commit together or not at all, and sending
 * happens later in the worker, so a slow or failing receiver never touches the request.
 */
export async function emitWebhookEvent(tx: Tx, jobs: JobQueue, event: WebhookEventInput | null): Promise<void> {
  if (!event) return;
  const endpoints = (await enabledEndpoints(tx, event.organizationId)).filter((endpoint) => endpoint.events.includes(event.type));
  if (endpoints.length === 0) return;
  const id = randomUUID();
  await tx.webhookEvent.create({
    data: {
      id,
      organizationId: event.organizationId,
      type: event.type,
      candidateId: event.candidateId,
      payload: { type: WEBHOOK_TYPE_NAME[event.type], timestamp: new Date().toISOString(), data: event.data } as object,
    },
  });
  const deliveries = [];
  for (const endpoint of endpoints) {
    const deliveryId = randomUUID();
    deliveries.push({ id: deliveryId, endpointId: endpoint.id, eventId: id, jobId: await scheduleAttempt(tx, jobs, deliveryId) });
  }
  await tx.webhookDelivery.createMany({ data: deliveries });
}
