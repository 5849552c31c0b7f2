import type { AppServices } from '../../app-services.js';
import type { NotificationKind, ProcessingOutcome, ProcessingStage, ResumeUpload } from '../../generated/prisma/client.js';
import type { JobHandler } from '../../jobs/worker.js';
import type { ExtractedResume, ResumeFieldExtractor } from '../../resume/extract-fields.js';
import { extractResumeText, ResumeParseError } from '../../resume/extract-text.js';
import { RESUME_MIME_TYPES } from '../../resume/file-type.js';
import { scoreCv } from '../../resume/score-cv.js';
import { systemActor } from '../actor.js';
import { recordCandidateEvent } from '../candidates/candidate-events.js';
import { cvInputSchema, splitFullName } from '../candidates/candidate-input.js';
import { insertCandidate } from '../candidates/insert-candidate.js';
import { inTransaction, type AfterCommit, type Tx } from '../transaction.js';
import { publishResumeProgress } from './resume-progress.js';
import { resumeProcessedEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';

const PROGRESS: Record<ProcessingStage, number> = {
  RECEIVED: 0,
  EXTRACTING_TEXT: 15,
  EXTRACTING_FIELDS: 40,
  CHECKING_DUPLICATES: 60,
  SAVING: 80,
  COMPLETED: 100,
  FAILED: 100,
};

const NOTIFICATION: Record<ProcessingOutcome, { kind: NotificationKind; message: (u: ResumeUpload, name: string) => string }> = {
  CANDIDATE_CREATED: { kind: 'CANDIDATE_CREATED', message: (u, name) => `Candidate ${name} was created from ${u.fileName}.` },
  RESUME_ATTACHED: { kind: 'RESUME_REVIEW', message: (u, name) => `${u.fileName} belongs to existing candidate ${name}: the résumé is attached for your review.` },
  NEEDS_COMPLETION: { kind: 'NEEDS_COMPLETION', message: (u, name) => `No email was found in ${u.fileName}: candidate ${name} is saved as pending and needs completion.` },
  FAILED: { kind: 'PROCESSING_FAILED', message: (u) => `Processing ${u.fileName} failed.` },
};

const WORKER_NAME = 'resume pipeline';

/**
 * The résumé pipeline (seed 004): text → fields → duplicate check → save, with every stage
 * published to subscribers. Safe to run again after a crash at any point: everything it
 * decides is written in one final transaction that first checks the upload is not finished.
 */
export function processResumeHandler(services: AppServices, extractor: ResumeFieldExtractor): JobHandler {
  const { prisma } = services.db;

  async function stage(upload: ResumeUpload, next: ProcessingStage) {
    const updated = await prisma.resumeUpload.update({ where: { id: upload.id }, data: { status: 'PROCESSING', stage: next, progress: PROGRESS[next] } });
    publishResumeProgress(services, updated);
  }

  async function finish(upload: ResumeUpload, outcome: ProcessingOutcome, work: (tx: Tx, hooks: AfterCommit) => Promise<{ candidateId: string | null; name: string; error?: string; extracted?: ExtractedResume; outcome?: ProcessingOutcome }>) {
    const done = await inTransaction(prisma, async (tx, hooks) => {
      // The row lock makes a concurrent or repeated run of the same job wait, then see it finished.
      const [current] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "ResumeUpload" WHERE id = ${upload.id}::uuid FOR UPDATE`;
      if (!current || current.status === 'COMPLETED' || current.status === 'FAILED') return null;
      const result = await work(tx, hooks);
      const decided = result.outcome ?? outcome;
      const failed = decided === 'FAILED';
      const finished = await tx.resumeUpload.update({
        where: { id: upload.id },
        data: {
          status: failed ? 'FAILED' : 'COMPLETED',
          stage: failed ? 'FAILED' : 'COMPLETED',
          progress: 100,
          outcome: decided,
          error: result.error ?? null,
          candidateId: result.candidateId,
          extracted: result.extracted ? (JSON.parse(JSON.stringify(result.extracted)) as object) : undefined,
          content: null,
          finishedAt: new Date(),
        },
      });
      await emitWebhookEvent(tx, resumeProcessedEvent(finished));
      const notice = NOTIFICATION[decided];
      const notification = await tx.notification.create({
        data: {
          organizationId: upload.organizationId,
          userId: upload.ownerId,
          kind: notice.kind,
          message: (failed ? `${notice.message(upload, result.name)} ${result.error ?? ''}` : notice.message(upload, result.name)).slice(0, 1000),
          resumeUploadId: upload.id,
          candidateId: result.candidateId,
        },
      });
      hooks.afterCommit(() => {
        publishResumeProgress(services, finished);
        services.pubsub.publish('notification', upload.organizationId, { id: notification.id, organizationId: upload.organizationId, userId: upload.ownerId });
      });
      return finished;
    });
    return done;
  }

  async function fail(upload: ResumeUpload, reason: string) {
    await finish(upload, 'FAILED', async () => ({ candidateId: null, name: upload.fileName, error: reason }));
  }

  async function save(upload: ResumeUpload, text: string, extracted: ExtractedResume) {
    const actor = systemActor(upload.organizationId, WORKER_NAME);
    const email = extracted.email?.toLowerCase() ?? null;
    const name = extracted.fullName ?? ([extracted.firstName, extracted.lastName].filter(Boolean).join(' ') || upload.fileName.replace(/\.[^.]+$/, ''));
    const cv = cvInputSchema.safeParse(extracted.cv);
    await finish(upload, email ? 'CANDIDATE_CREATED' : 'NEEDS_COMPLETION', async (tx, hooks) => {
      if (email) {
        // Two résumés with one email racing through the pipeline must not both create a candidate.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${upload.organizationId}:${email}`}))`;
        const existing = await tx.candidate.findFirst({ where: { organizationId: upload.organizationId, emailNormalized: email }, orderBy: { createdAt: 'asc' } });
        if (existing) {
          await recordCandidateEvent(tx, hooks, services.pubsub, {
            actor,
            candidateId: existing.id,
            jobPositionId: existing.jobPositionId,
            type: 'RESUME_ATTACHED',
            reason: `Résumé ${upload.fileName} attached for review`,
          });
          return { candidateId: existing.id, name: existing.fullName, extracted, outcome: 'RESUME_ATTACHED' };
        }
      }
      const position = upload.jobPositionId ? await tx.jobPosition.findUnique({ where: { id: upload.jobPositionId }, select: { requiredSkills: true } }) : null;
      const score = cv.success ? scoreCv(extracted.cv, position?.requiredSkills ?? []) : null;
      const split = extracted.firstName ? { firstName: extracted.firstName, lastName: extracted.lastName ?? '' } : splitFullName(name);
      const candidate = await insertCandidate(tx, hooks, services.pubsub, actor, {
        jobPositionId: upload.jobPositionId,
        ownerId: upload.ownerId,
        firstName: split.firstName.slice(0, 100),
        lastName: split.lastName.slice(0, 100),
        fullName: name.slice(0, 200),
        email,
        phone: extracted.phone?.slice(0, 50) ?? null,
        title: extracted.title?.slice(0, 100) ?? null,
        status: email ? 'NEW' : 'PENDING',
        cvText: text,
        cvScore: score?.cvScore ?? null,
        upsides: score?.upsides ?? [],
        shortcomings: score?.shortcomings ?? [],
        importSource: 'resume',
        importedWithoutCv: false,
        originalCvFileName: upload.fileName,
        cv: cv.success ? { data: cv.data, source: 'RESUME' } : null,
      });
      return { candidateId: candidate.id, name };
    });
  }

  return {
    async run(job) {
      const upload = await prisma.resumeUpload.findUnique({ where: { id: job.subjectId } });
      if (!upload || upload.status === 'COMPLETED' || upload.status === 'FAILED') return;
      if (!upload.content) {
        await fail(upload, 'The file is no longer available for processing.');
        return;
      }
      const kind = RESUME_MIME_TYPES[upload.mimeType];
      if (!kind) {
        await fail(upload, `Unsupported file type ${upload.mimeType}.`);
        return;
      }
      await stage(upload, 'EXTRACTING_TEXT');
      let text: string;
      try {
        text = await extractResumeText(upload.content, kind);
      } catch (error) {
        // A file that cannot be read will not become readable on retry: it fails its own job now.
        if (error instanceof ResumeParseError) {
          await fail(upload, error.message);
          return;
        }
        throw error;
      }
      await stage(upload, 'EXTRACTING_FIELDS');
      const extracted = await extractor.extract(text);
      await stage(upload, 'CHECKING_DUPLICATES');
      await stage(upload, 'SAVING');
      await save(upload, text, extracted);
    },
    async onDead(job, error) {
      const upload = await prisma.resumeUpload.findUnique({ where: { id: job.subjectId } });
      if (upload) await fail(upload, `Processing failed after ${job.attempts} attempts: ${error.message}`);
    },
  };
}
