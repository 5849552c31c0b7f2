import type { CandidateEventType, CandidateStatus } from '../../generated/prisma/client.js';
import type { Actor } from '../actor.js';
import type { AfterCommit, Tx } from '../transaction.js';
import type { GatewayPubSub } from '../../pubsub.js';

/**
 * Records a candidate's history entry inside the caller's transaction and announces it to
 * subscribers once that transaction commits. Status changes come here through status-machine.ts.
 */
export async function recordCandidateEvent(
  tx: Tx,
  hooks: AfterCommit,
  pubsub: GatewayPubSub,
  event: {
    actor: Actor;
    candidateId: string;
    jobPositionId: string | null;
    type: CandidateEventType;
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
  hooks.afterCommit(() =>
    pubsub.publish('candidate:event', record.organizationId, { ...record, createdAt: record.createdAt.toISOString() }),
  );
  return record;
}
