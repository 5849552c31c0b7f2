import { DuplicateEmailError } from '../../errors.js';
import { Prisma, type Candidate } from '../../generated/prisma/client.js';
import type { Tx } from '../transaction.js';

// The duplicate policy, in one place. An email address identifies a person:
// - Within a job position it is unique: creating or updating a candidate (API, REST dialects,
//   import) with an email another candidate of that position has is refused with DUPLICATE_EMAIL
//   (Celper: "Email uniqueness is enforced … within the same job position"); the database's unique
//   index (jobPositionId, emailNormalized) is the last word when two writers race.
// - A résumé is not a decision yet: when the organization already has a candidate with the
//   résumé's email (in any position), the résumé is attached to the earliest such candidate for
//   review (RESUME_ATTACHED) and no second candidate is created.
// Emails are compared in one normal form, `normalizeEmail`.

/** The form every email is compared in: trimmed and lower-cased. */
export function normalizeEmail(email: string): string;
export function normalizeEmail(email: string | null | undefined): string | null;
export function normalizeEmail(email: string | null | undefined): string | null {
  return email ? email.trim().toLowerCase() : null;
}

/** Refuses an email another candidate of the same job position already has. */
export async function assertEmailFree(tx: Tx, input: { jobPositionId: string | null; email: string | null; exceptCandidateId?: string }) {
  if (!input.jobPositionId || !input.email) return;
  const clash = await tx.candidate.findFirst({
    where: { jobPositionId: input.jobPositionId, emailNormalized: normalizeEmail(input.email), NOT: input.exceptCandidateId ? { id: input.exceptCandidateId } : undefined },
    select: { id: true },
  });
  if (clash) throw new DuplicateEmailError(input.email);
}

/** The database's unique index is the last word when two writers race past the check above. */
export function rethrowUniqueEmail(error: unknown, email: string | null | undefined): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && email) throw new DuplicateEmailError(email);
  throw error;
}

/**
 * The candidate a résumé with this email belongs to, if the organization has one. Serialised per
 * (organization, email) so two résumés racing through the pipeline cannot both create a candidate.
 */
export async function findResumeOwner(tx: Tx, organizationId: string, email: string): Promise<Candidate | null> {
  const normalized = normalizeEmail(email);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${organizationId}:${normalized}`}))`;
  return tx.candidate.findFirst({ where: { organizationId, emailNormalized: normalized }, orderBy: { createdAt: 'asc' } });
}
