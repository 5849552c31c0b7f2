import { NotFoundError } from '../../errors.js';
import type { Candidate } from '../../generated/prisma/client.js';
import type { Tx } from '../transaction.js';

export interface CandidateRef {
  organizationId: string;
  candidateId: string | null;
  /** When given (every Celper route names one), the candidate must belong to that position. */
  jobPositionId?: string | null;
}

/**
 * Loads a candidate of the caller's organization and locks its row for the rest of the
 * transaction, so concurrent actions on one candidate take turns. Another organization's
 * candidate, or one outside the named position, is simply not found.
 */
export async function lockCandidate(tx: Tx, ref: CandidateRef): Promise<Candidate> {
  if (!ref.candidateId) throw new NotFoundError('Candidate');
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Candidate" WHERE id = ${ref.candidateId}::uuid AND "organizationId" = ${ref.organizationId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError('Candidate');
  const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: ref.candidateId } });
  if (ref.jobPositionId !== undefined && ref.jobPositionId !== null && candidate.jobPositionId !== ref.jobPositionId) {
    throw new NotFoundError('Candidate');
  }
  return candidate;
}
