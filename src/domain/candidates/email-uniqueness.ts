import { DuplicateEmailError } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../transaction.js';

/** Seed 000: an email belongs to at most one candidate per job position. */
export async function assertEmailFree(tx: Tx, input: { jobPositionId: string | null; email: string | null; exceptCandidateId?: string }) {
  if (!input.jobPositionId || !input.email) return;
  const clash = await tx.candidate.findFirst({
    where: { jobPositionId: input.jobPositionId, emailNormalized: input.email.toLowerCase(), NOT: input.exceptCandidateId ? { id: input.exceptCandidateId } : undefined },
    select: { id: true },
  });
  if (clash) throw new DuplicateEmailError(input.email);
}

/** The database's unique index is the last word when two writers race past the check above. */
export function rethrowUniqueEmail(error: unknown, email: string | null | undefined): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && email) throw new DuplicateEmailError(email);
  throw error;
}
