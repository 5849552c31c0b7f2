import type { AppServices } from '../../app-services.js';
import type { NotificationKind, ProcessingOutcome, ProcessingStage, ProcessingStatus, ResumeUpload } from '../../generated/prisma/client.js';
import type { JobHandler } from '../../jobs/worker.js';
import type { ResumeLayout } from '../../resume/display-type.js';
import type { ExtractedResume, ResumeFieldExtractor } from '../../resume/extract-fields.js';
import { stripControlCharsDeep } from '../../resume/control-chars.js';
import { extractResumeContent, ResumeParseError } from '../../resume/extract-text.js';
import type { AttributedExtraction } from '../../resume/field-extractor.js';
import { RESUME_MIME_TYPES } from '../../resume/file-type.js';
import { scoreCv } from '../../resume/score-cv.js';
import { systemActor } from '../actor.js';
import { recordCandidateEvent } from '../candidates/candidate-events.js';
import { findResumeOwner, normalizeEmail } from '../candidates/dedupe.js';
import { cvInputSchema, splitFullName } from '../candidates/candidate-input.js';
import { insertCandidate } from '../candidates/insert-candidate.js';
import { inTransaction, type AfterCommit, type Tx } from '../transaction.js';
import { resumeJobTimer } from '../../metrics/resume-job-timer.js';
import { publishResumeProgress } from './resume-progress.js';
import { resumeProcessedEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';
import { STAGE_PROGRESS } from './stages.js';

/** An upload as the job works on it: everything but the file's bytes. */
type UploadRow = Omit<ResumeUpload, 'content'>;

const NOTIFICATION: Record<ProcessingOutcome, { kind: NotificationKind; message: (u: UploadRow, name: string) => string }> = {
  CANDIDATE_CREATED: { kind: 'CANDIDATE_CREATED', message: (u, name) => `Candidate ${name} was created from ${u.fileName}.` },
  RESUME_ATTACHED: { kind: 'RESUME_REVIEW', message: (u, name) => `${u.fileName} belongs to existing candidate ${name}: the résumé is attached for your review.` },
  NEEDS_COMPLETION: { kind: 'NEEDS_COMPLETION', message: (u, name) => `No email was found in ${u.fileName}: candidate ${name} is saved as pending and needs completion.` },
  FAILED: { kind: 'PROCESSING_FAILED', message: (u) => `Processing ${u.fileName} failed.` },
};

const WORKER_NAME = 'resume pipeline';

/** What the uploader reads when something on our side broke; the cause goes to the log. */
const INTERNAL_FAILURE = 'The résumé could not be processed because of an internal error. Try uploading it again later.';
const NOTHING_FOUND = 'No name, email address or phone number could be read from the file, so it is treated as having no text.';

/** The fields as stored on the upload for review (`ResumeUpload.extracted`). */
export type StoredExtraction = AttributedExtraction;

/** One run of the job: the upload it works on and the timer of its stages. */
interface Run {
  upload: UploadRow;
  /** Absent when a dead letter finishes the upload: no stage of a run is timed then. */
  timer?: ReturnType<typeof resumeJobTimer>;
}

const unfinished = (): { notIn: ProcessingStatus[] } => ({ notIn: ['COMPLETED', 'FAILED'] });

/** Another run of the same job finished the upload first: this one's writes roll back. */
class AlreadyFinished extends Error {}

/**
 * The résumé pipeline (Recruitsome): text → fields → duplicate check → save, with every stage
 * published to subscribers. Safe to run again after a crash at any point: everything it
 * decides is written in one final transaction, which commits only if the upload is still
 * unfinished when its row is written.
 */
export function processResumeHandler(services: AppServices, extractor: ResumeFieldExtractor): JobHandler {
  const { prisma } = services.db;
  const logger = services.logger.child({ component: WORKER_NAME });

  // Stages after the claim are announced without a write of their own: a reader of the row
  // sees EXTRACTING_TEXT, then the outcome; a subscriber hears every stage.
  function announce(run: Run, next: ProcessingStage) {
    run.timer?.enter(next);
    publishResumeProgress(services, { ...run.upload, status: 'PROCESSING', stage: next, progress: STAGE_PROGRESS[next] });
  }

  async function finish(run: Run, outcome: ProcessingOutcome, work: (tx: Tx, hooks: AfterCommit) => Promise<{ candidateId: string | null; name: string; error?: string; extracted?: StoredExtraction; outcome?: ProcessingOutcome }>) {
    const { upload } = run;
    const done = await inTransaction(prisma, async (tx, hooks) => {
      const result = await work(tx, hooks);
      const decided = result.outcome ?? outcome;
      const failed = decided === 'FAILED';
      // The row lock makes a concurrent or repeated run of the same job wait here, then find it finished.
      const [finished] = await tx.resumeUpload.updateManyAndReturn({
        where: { id: upload.id, status: unfinished() },
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
        omit: { content: true },
      });
      if (!finished) throw new AlreadyFinished();
      await emitWebhookEvent(tx, services.jobs, resumeProcessedEvent(finished));
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
        services.pubsub.publish('notification', notification.organizationId, { ...notification, createdAt: notification.createdAt.toISOString(), readAt: notification.readAt?.toISOString() ?? null });
      });
      return finished;
    }).catch((error: unknown) => {
      if (error instanceof AlreadyFinished) return null;
      throw error;
    });
    if (done?.outcome) run.timer?.finished(done.outcome, upload.createdAt);
    return done;
  }

  async function fail(run: Run, reason: string, extracted?: StoredExtraction) {
    await finish(run, 'FAILED', async () => ({ candidateId: null, name: run.upload.fileName, error: reason, extracted }));
  }

  async function save(run: Run, text: string, found: ExtractedResume) {
    const { upload } = run;
    // Model output is as untrusted as the file: no control character reaches a text column.
    const extracted: StoredExtraction = { extractor: extractor.name, ...stripControlCharsDeep(found) };
    const actor = systemActor(upload.organizationId, WORKER_NAME);
    const email = normalizeEmail(extracted.email);
    const personName = extracted.fullName ?? ([extracted.firstName, extracted.lastName].filter(Boolean).join(' ') || null);
    if (!personName && !email && !extracted.phone) {
      await fail(run, NOTHING_FOUND, extracted);
      return;
    }
    const name = personName ?? upload.fileName.replace(/\.[^.]+$/, '');
    const cv = cvInputSchema.safeParse(extracted.cv);
    await finish(run, email ? 'CANDIDATE_CREATED' : 'NEEDS_COMPLETION', async (tx, hooks) => {
      if (email) {
        const existing = await findResumeOwner(tx, upload.organizationId, email);
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
      const candidate = await insertCandidate({ tx, hooks, pubsub: services.pubsub, jobs: services.jobs }, actor, {
        jobPositionId: upload.jobPositionId,
        ownerId: upload.ownerId,
        firstName: split.firstName.slice(0, 100),
        lastName: split.lastName.slice(0, 100),
        fullName: name.slice(0, 200),
        email,
        phone: extracted.phone?.slice(0, 50) ?? null,
        title: extracted.title?.slice(0, 100) ?? null,
        cvText: text,
        cvScore: score?.cvScore ?? null,
        upsides: score?.upsides ?? [],
        shortcomings: score?.shortcomings ?? [],
        importSource: 'resume',
        importedWithoutCv: false,
        originalCvFileName: upload.fileName,
        cv: cv.success ? { data: cv.data, source: 'RESUME' } : null,
      });
      return { candidateId: candidate.id, name, extracted };
    });
  }

  async function runStages(run: Run, content: Uint8Array | null) {
    const { upload } = run;
    if (!content) {
      await fail(run, 'The file is no longer available for processing.');
      return;
    }
    const kind = RESUME_MIME_TYPES[upload.mimeType];
    if (!kind) {
      await fail(run, `Unsupported file type ${upload.mimeType}.`);
      return;
    }
    let text: string;
    let layout: ResumeLayout;
    try {
      ({ text, layout } = await extractResumeContent(content, kind));
    } catch (error) {
      // A file that cannot be read will not become readable on retry: it fails its own job now.
      if (error instanceof ResumeParseError) {
        logger.info({ uploadId: upload.id, code: error.code, detail: error.detail }, 'résumé text could not be extracted');
        await fail(run, error.message);
        return;
      }
      throw error;
    }
    announce(run, 'EXTRACTING_FIELDS');
    const extracted = await extractor.extract(text, layout);
    // Only a résumé with an email is checked against existing candidates (src/domain/candidates/dedupe.ts).
    if (extracted.email) announce(run, 'CHECKING_DUPLICATES');
    announce(run, 'SAVING');
    await save(run, text, extracted);
  }

  return {
    concurrency: services.config.RESUME_CONCURRENCY,
    async run(job) {
      // Claiming the upload is its first stage's write: one statement reads it and marks it.
      const [claimed] = await prisma.resumeUpload.updateManyAndReturn({
        where: { id: job.subjectId, status: unfinished() },
        data: { status: 'PROCESSING', stage: 'EXTRACTING_TEXT', progress: STAGE_PROGRESS.EXTRACTING_TEXT },
      });
      if (!claimed) return;
      const { content, ...upload } = claimed;
      const timer = resumeJobTimer(services.metrics);
      timer.enter('EXTRACTING_TEXT');
      publishResumeProgress(services, upload);
      await runStages({ upload, timer }, content);
    },
    async onDead(job, error) {
      const upload = await prisma.resumeUpload.findUnique({ where: { id: job.subjectId }, omit: { content: true } });
      logger.error({ err: error, uploadId: job.subjectId, attempts: job.attempts }, 'résumé processing failed for good');
      if (upload) await fail({ upload }, INTERNAL_FAILURE);
    },
  };
}
