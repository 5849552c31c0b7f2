import { z } from 'zod';
import type { AppServices } from '../../app-services.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { parseInput } from '../validate.js';
import { lockCandidate } from './find-candidate.js';
import { transition } from './status-machine.js';

const decisionSchema = z.object({ reason: z.string().trim().max(1000, 'must be at most 1000 characters').nullish() });

/**
 * Celper: select or reject only an INTERVIEWED candidate whose analysis has been viewed; each
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
  return inTransaction(services.db.prisma, async (tx, hooks) => {
    const candidate = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    const event = decision === 'SELECTED' ? 'SELECT' : 'REJECT';
    return transition({ tx, hooks, pubsub: services.pubsub, jobs: services.jobs }, { actor, candidate, event, reason: input.reason ?? null });
  });
}
