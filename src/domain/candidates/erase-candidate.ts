import type { AppServices } from '../../app-services.js';
import { Prisma } from '../../generated/prisma/client.js';
import { candidateErasedEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';
import type { Actor } from '../actor.js';
import { inTransaction, type Tx } from '../transaction.js';
import { lockCandidate, type CandidateRef } from './find-candidate.js';

const ERASED_NOTICE = 'The personal data of a candidate was erased.';
const ERASED_FILE_NAME = 'erased';
const NO_CHECKSUM = '0'.repeat(64);
/** Shorter fragments (a two-letter first name) would match unrelated rows in the free-text sweeps. */
const MIN_NEEDLE_LENGTH = 3;

function likePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * GDPR erasure: every personal datum of the candidate leaves every table, while an anonymous row
 * (status, scores, timestamps) and the history's shape stay, so counts and funnels remain true.
 * Idempotent: erasing again changes nothing and emits nothing. Returns whether this call erased.
 */
export async function eraseCandidate(services: Pick<AppServices, 'db' | 'jobs'>, actor: Actor, ref: Omit<CandidateRef, 'organizationId'>): Promise<{ id: string; erasedAt: Date; erasedNow: boolean }> {
  return inTransaction(services.db.prisma, async (tx) => {
    const candidate = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    if (candidate.erasedAt) return { id: candidate.id, erasedAt: candidate.erasedAt, erasedNow: false };
    const needles = [candidate.fullName, candidate.firstName, candidate.lastName, candidate.email, candidate.phone, candidate.externalId]
      .filter((value): value is string => typeof value === 'string' && value.trim().length >= MIN_NEEDLE_LENGTH)
      .map((value) => value.trim());
    const erasedAt = new Date();
    await scrubCandidateRow(tx, candidate.id, erasedAt);
    await scrubRelatedRows(tx, candidate.organizationId, candidate.id, [candidate.id, ...needles]);
    await emitWebhookEvent(tx, services.jobs, candidateErasedEvent(candidate));
    return { id: candidate.id, erasedAt, erasedNow: true };
  });
}

async function scrubCandidateRow(tx: Tx, candidateId: string, erasedAt: Date) {
  await tx.candidateCv.deleteMany({ where: { candidateId } });
  await tx.candidate.update({
    where: { id: candidateId },
    data: {
      firstName: '',
      lastName: '',
      fullName: '',
      email: null,
      emailNormalized: null,
      phone: null,
      title: null,
      notes: null,
      cvText: null,
      aiEvaluation: null,
      upsides: [],
      shortcomings: [],
      originalCvFileName: null,
      externalId: null,
      metadata: {},
      searchKeywords: [],
      erasedAt,
    },
  });
}

async function scrubRelatedRows(tx: Tx, organizationId: string, candidateId: string, needles: string[]) {
  const patterns = needles.map(likePattern);
  await tx.candidateEvent.updateMany({ where: { candidateId }, data: { reason: null } });
  const uploads = await tx.resumeUpload.findMany({ where: { candidateId }, select: { id: true, fileName: true } });
  const uploadIds = uploads.map((u) => u.id);
  // A résumé's file name often is the person's name, and the audit log names an upload by it.
  const auditPatterns = [...patterns.slice(1), ...uploads.filter((u) => u.fileName.length >= MIN_NEEDLE_LENGTH).map((u) => likePattern(u.fileName))];
  await tx.resumeUpload.updateMany({
    where: { id: { in: uploadIds } },
    data: { fileName: ERASED_FILE_NAME, content: null, extracted: Prisma.DbNull, error: null, checksum: NO_CHECKSUM },
  });
  const emails = await tx.emailMessage.findMany({ where: { candidateId }, select: { id: true } });
  const emailIds = emails.map((e) => e.id);
  // A message not yet sent must not go out to an address that no longer exists.
  await tx.emailMessage.updateMany({ where: { id: { in: emailIds }, status: 'PENDING' }, data: { status: 'FAILED' } });
  await tx.emailMessage.updateMany({ where: { id: { in: emailIds } }, data: { toAddress: '', subject: '', body: '', lastError: null, messageId: null } });
  // pg-boss keeps ids only in a job's data, but a failed run's output holds its error message.
  const subjects = [...uploadIds, ...emailIds];
  await tx.$executeRaw`UPDATE pgboss.job SET output = NULL WHERE output IS NOT NULL AND data->>'subjectId' = ANY(${subjects}::text[])`;
  await tx.$executeRaw`UPDATE pgboss.archive SET output = NULL WHERE output IS NOT NULL AND data->>'subjectId' = ANY(${subjects}::text[])`;
  await tx.notification.updateMany({
    where: { organizationId, OR: [{ candidateId }, { resumeUploadId: { in: uploadIds } }] },
    data: { message: ERASED_NOTICE },
  });
  // Stored replies of idempotent requests hold whole candidates: they go, since a replay would reveal them.
  await tx.$executeRaw`
    DELETE FROM "IdempotencyRecord" r USING "ApiKey" k
     WHERE r."apiKeyId" = k.id AND k."organizationId" = ${organizationId}::uuid AND r.response::text ILIKE ANY(${patterns}::text[])`;
  await tx.$executeRaw`
    UPDATE "AuditEntry" SET detail = '{}'::jsonb
     WHERE "organizationId" = ${organizationId}::uuid AND detail::text ILIKE ANY(${auditPatterns}::text[])`;
  await tx.$executeRaw`
    UPDATE "AuditEntry" SET "targetId" = NULL
     WHERE "organizationId" = ${organizationId}::uuid AND "targetId" ILIKE ANY(${auditPatterns}::text[])`;
  await tx.$executeRaw`
    UPDATE "WebhookEvent" SET payload = jsonb_set(payload, '{data}', jsonb_build_object('candidateId', payload->'data'->'candidateId'))
     WHERE "organizationId" = ${organizationId}::uuid AND ("candidateId" = ${candidateId}::uuid AND payload::text ILIKE ANY(${patterns.slice(1)}::text[]))`;
}
