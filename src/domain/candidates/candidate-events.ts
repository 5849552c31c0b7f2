import type { CandidateStatus } from '../../generated/prisma/client.js';
import type { Actor } from '../actor.js';
import type { AfterCommit, Tx } from '../transaction.js';
import type { GatewayPubSub } from '../../pubsub.js';
import { historyWebhookEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';

/**
 * Records a candidate's history entry inside the caller's transaction and announces it to
 * subscribers once that transaction commits. Every status change goes through here.
 */
export async function recordCandidateEvent(
  tx: Tx,
  hooks: AfterCommit,
  pubsub: GatewayPubSub,
  event: {
    actor: Actor;
    candidateId: string;
    jobPositionId: string | null;
    type: 'CREATED' | 'STATUS_CHANGED' | 'RESUME_ATTACHED';
    fromStatus?: CandidateStatus | null;
    toStatus?: CandidateStatus | null;
    reason?: string | null;
  },
) {
  const record = await tx.candidateEvent.create({
    data: {
      organizationId: event.actor.organizationId,
      candidateId: event.candidateId,
      jobPositionId: event.jobPositionId,
      type: event.type,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      reason: event.reason ?? null,
      actorType: event.actor.type,
      actorId: event.actor.id,
      actorName: event.actor.name,
    },
  });
  await emitWebhookEvent(tx, historyWebhookEvent(record));
  hooks.afterCommit(() =>
    pubsub.publish('candidate:event', record.organizationId, {
      id: record.id,
      organizationId: record.organizationId,
      candidateId: record.candidateId,
      jobPositionId: record.jobPositionId,
    }),
  );
  return record;
}

/** Moves a candidate to a new status and records the event, in the caller's transaction. */
export async function changeStatus(
  tx: Tx,
  hooks: AfterCommit,
  pubsub: GatewayPubSub,
  input: { actor: Actor; candidate: { id: string; status: CandidateStatus; jobPositionId: string | null }; to: CandidateStatus; reason?: string | null; data?: Record<string, unknown> },
) {
  const updated = await tx.candidate.update({
    where: { id: input.candidate.id },
    data: { ...input.data, status: input.to },
  });
  await recordCandidateEvent(tx, hooks, pubsub, {
    actor: input.actor,
    candidateId: input.candidate.id,
    jobPositionId: input.candidate.jobPositionId,
    type: 'STATUS_CHANGED',
    fromStatus: input.candidate.status,
    toStatus: input.to,
    reason: input.reason ?? null,
  });
  return updated;
}
