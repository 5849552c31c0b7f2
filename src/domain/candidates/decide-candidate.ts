import { z } from 'zod';
import type { AppServices } from '../../app-services.js';
import { AnalysisNotViewedError, InvalidStatusError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { parseInput } from '../validate.js';
import { changeStatus } from './candidate-events.js';
import { lockCandidate } from './find-candidate.js';

const decisionSchema = z.object({ reason: z.string().trim().max(1000, 'must be at most 1000 characters').nullish() });

/**
 * Seed 001: select or reject only an INTERVIEWED candidate whose analysis has been viewed; each
 * failed precondition has its own error.
 */
export async function decideCandidate(
  services: AppServices,
  actor: Actor,
  ref: { candidateId: string | null; jobPositionId?: string | null },
  decision: 'SELECTED' | 'REJECTED',
  raw: unknown = {},
) {
  const input = parseInput(decisionSchema, raw);
  const action = decision === 'SELECTED' ? 'select' : 'reject';
  return inTransaction(services.db.prisma, async (tx, hooks) => {
    const candidate = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    if (candidate.status !== 'INTERVIEWED') throw new InvalidStatusError(candidate.status, ['INTERVIEWED'], action);
    if (!candidate.analysisViewed) throw new AnalysisNotViewedError(action);
    return changeStatus(tx, hooks, services.pubsub, { actor, candidate, to: decision, reason: input.reason ?? null });
  });
}
