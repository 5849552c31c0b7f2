import type { AppServices } from '../../app-services.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { lockCandidate } from './find-candidate.js';

export async function markAnalysisViewed(services: AppServices, actor: Actor, ref: { candidateId: string | null; jobPositionId?: string | null }) {
  return inTransaction(services.db.prisma, async (tx) => {
    const candidate = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    if (candidate.analysisViewed) return candidate;
    return tx.candidate.update({ where: { id: candidate.id }, data: { analysisViewed: true } });
  });
}
