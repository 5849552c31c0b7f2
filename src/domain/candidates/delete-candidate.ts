import type { AppServices } from '../../app-services.js';
import { ActiveSessionError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { lockCandidate } from './find-candidate.js';
import { candidateDeletedEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';

const LIVE_SESSION = ['ACTIVE', 'IN_PROGRESS'] as const;

/**
 * Seed 000: deletes the candidate and everything about them (CV, interviews, scores, history,
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
    if (live && candidate.status === 'INVITED') {
      if (!options.force) throw new ActiveSessionError(live.id);
      await tx.interviewSession.update({ where: { id: live.id }, data: { status: 'CANCELLED', cancelledAt: new Date() } });
    }
    await tx.emailMessage.deleteMany({ where: { candidateId: candidate.id } });
    await tx.notification.deleteMany({ where: { candidateId: candidate.id } });
    await tx.resumeUpload.deleteMany({ where: { candidateId: candidate.id } });
    await tx.candidate.delete({ where: { id: candidate.id } });
    await emitWebhookEvent(tx, candidateDeletedEvent(candidate));
    return { id: candidate.id, cancelledSessionId: live && options.force ? live.id : null };
  });
}
