import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AppServices } from '../../app-services.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { parseInput } from '../validate.js';
import { assertMagicMatches, assertResumeSize, decodeResumeBase64, resumeKindOf } from './resume-content.js';
import { publishResumeProgress } from './resume-progress.js';

const uploadSchema = z.object({
  ownerId: z.string().nullish(),
  ownerNumber: z.number().int().positive().nullish(),
  jobPositionId: z.string().nullish(),
  fileName: z.string().trim().min(1, 'is required').max(255, 'must be at most 255 characters'),
  mimeType: z.string().trim().min(1, 'is required'),
  createIntake: z.boolean().nullish(),
});

export type ResumeBytes = { base64: string } | { file: { size: number; arrayBuffer(): Promise<ArrayBuffer> } };

/**
 * Recruitsome: accepts a résumé for asynchronous processing. The upload record and its durable
 * job commit together, so an accepted upload is never lost; the caller gets the QUEUED record
 * at once.
 */
export async function uploadResume(services: AppServices, actor: Actor, raw: unknown, content: ResumeBytes | null) {
  const input = parseInput(uploadSchema, raw);
  const kind = resumeKindOf(input.mimeType);
  let bytes: Buffer;
  if (!content) throw ValidationError.single(['contentBase64'], 'A resume document is required to create a candidate.');
  if ('base64' in content) {
    bytes = decodeResumeBase64(content.base64);
    assertMagicMatches(bytes, kind, 'contentBase64');
  } else {
    assertResumeSize(content.file.size);
    bytes = Buffer.from(await content.file.arrayBuffer());
    assertMagicMatches(bytes, kind, 'file');
  }
  const { prisma } = services.db;
  const upload = await inTransaction(prisma, async (tx, hooks) => {
    const owner =
      input.ownerId || input.ownerNumber
        ? await tx.user.findFirst({
            where: { organizationId: actor.organizationId, ...(input.ownerId ? { id: input.ownerId } : { number: input.ownerNumber! }) },
            select: { id: true },
          })
        : null;
    if (!owner) throw new NotFoundError('User');
    // Recruitsome: silently ignored when the tenant has no Intake feature (read only when asked for).
    const createIntake = Boolean(input.createIntake) && Boolean((await tx.organization.findUnique({ where: { id: actor.organizationId }, select: { intakeEnabled: true } }))?.intakeEnabled);
    if (input.jobPositionId) {
      const position = await tx.jobPosition.findFirst({ where: { id: input.jobPositionId, organizationId: actor.organizationId }, select: { id: true } });
      if (!position) throw new NotFoundError('JobPosition');
    }
    const created = await tx.resumeUpload.create({
      data: {
        organizationId: actor.organizationId,
        ownerId: owner.id,
        jobPositionId: input.jobPositionId ?? null,
        fileName: input.fileName,
        mimeType: input.mimeType.trim().toLowerCase(),
        sizeBytes: bytes.length,
        checksum: createHash('sha256').update(bytes).digest('hex'),
        content: new Uint8Array(bytes),
        createIntake,
      },
      // The bytes stay in the database for the worker only; callers (and stored idempotent replies) never carry them.
      omit: { content: true },
    });
    await services.jobs.enqueue(tx, 'PROCESS_RESUME', created.id, { maxAttempts: 4 });
    hooks.afterCommit(() => {
      services.jobs.nudge();
      publishResumeProgress(services, created);
    });
    return created;
  });
  return upload;
}
