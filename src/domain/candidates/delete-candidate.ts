import type { AppServices } from '../../app-services.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { lockCandidate } from './find-candidate.js';
import { candidateDeletedEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';
import { check } from './status-machine.js';

const LIVE_SESSION = ['ACTIVE', 'IN_PROGRESS'] as const;

/**
 * Celper: deletes the candidate and everything about them (CV, interviews, scores, history,
 * mail, uploads). An invited candidate with a live session is refused unless `force`, which
 * cancels the session first.
 */
export async function deleteCandidate(
  services: AppServices,
  actor: Actor,
  ref: { candidateId: string | null; jobPositionId?: string | null },
  options: { force: boolean },
) {
  return inTransaction(services.db.prisma, async (tx) => {
    const candidate = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    const live = await tx.interviewSession.findFirst({
      where: { candidateId: candidate.id, status: { in: [...LIVE_SESSION] }, expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    check(candidate.status, 'DELETE', { ...candidate, liveSessionId: live?.id ?? null, force: options.force });
    if (live) {
      await tx.interviewSession.update({ where: { id: live.id }, data: { status: 'CANCELLED', cancelledAt: new Date() } });
    }
    await tx.emailMessage.deleteMany({ where: { candidateId: candidate.id } });
    await tx.notification.deleteMany({ where: { candidateId: candidate.id } });
    await tx.resumeUpload.deleteMany({ where: { candidateId: candidate.id } });
    await tx.candidate.delete({ where: { id: candidate.id } });
    await emitWebhookEvent(tx, services.jobs, candidateDeletedEvent(candidate));
    // The tombstone lets delta sync (deletedCandidates) see the deletion; it holds no personal data.
    await tx.deletedCandidate.create({ data: { id: candidate.id, organizationId: candidate.organizationId, jobPositionId: candidate.jobPositionId, actorType: actor.type, actorId: actor.id } });
    return { id: candidate.id, cancelledSessionId: live && options.force ? live.id : null };
  });
}
