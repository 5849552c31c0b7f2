import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createApp, type App } from '../../app.js';
import { loadConfig } from '../../config.js';
import { systemActor, type Actor } from '../../domain/actor.js';
import { createCandidate } from '../../domain/candidates/create-candidate.js';
import { findOrganizationBySlug } from '../../domain/organizations.js';
import { uploadResume } from '../../domain/resumes/upload-resume.js';
import { createUser } from '../../domain/users.js';
import { createLogger } from '../../logger.js';
import { readCandidateRecords } from './candidate-records.js';
import { createProgress } from './progress.js';
import { listResumeFiles, type ResumeFile } from './resume-files.js';

export interface ImportOptions {
  org: string;
  owner?: string;
  json?: boolean;
}

export interface ImportSummary {
  source: 'resumes' | 'candidates';
  total: number;
  created: number;
  attached: number;
  needsCompletion: number;
  /** Found from an earlier import (same file content, or same email / external id): nothing new was made. */
  alreadyImported: number;
  failed: { item: string; reason: string }[];
  /** Files in the directory that are not résumés. */
  skipped: string[];
}

const IMPORT_ACTOR = 'cli import';
const STATUS_POLL_MS = 250;

/** The owner named by `--owner` (created as a member when missing), else the organization's first member. */
async function resolveOwner(app: App, actor: Actor, email: string | undefined, required: boolean) {
  const { prisma } = app.services.db;
  if (email) {
    const existing = await prisma.user.findFirst({ where: { organizationId: actor.organizationId, email: email.trim().toLowerCase() } });
    return existing ?? (await createUser(app.services, actor, { email, name: email.split('@')[0] }));
  }
  const first = await prisma.user.findFirst({ where: { organizationId: actor.organizationId }, orderBy: { createdAt: 'asc' } });
  if (!first && required) throw new Error('The organization has no members to own the imported résumés: pass --owner <email> (the member is created if missing).');
  return first;
}

const OUTCOME_NOTE: Record<string, string> = {
  CANDIDATE_CREATED: 'candidate created',
  RESUME_ATTACHED: 'attached to an existing candidate',
  NEEDS_COMPLETION: 'candidate needs completion (no email found)',
};

async function importResumes(app: App, actor: Actor, dir: string, owner: { id: string }): Promise<ImportSummary> {
  const { prisma } = app.services.db;
  const { files, skipped } = await listResumeFiles(dir);
  const summary: ImportSummary = { source: 'resumes', total: files.length, created: 0, attached: 0, needsCompletion: 0, alreadyImported: 0, failed: [], skipped };
  const progress = createProgress(files.length, 'Importing résumés');
  const waiting = new Map<string, ResumeFile>();
  const record = (file: ResumeFile, outcome: string | null, error: string | null) => {
    if (outcome === 'CANDIDATE_CREATED') summary.created += 1;
    else if (outcome === 'RESUME_ATTACHED') summary.attached += 1;
    else if (outcome === 'NEEDS_COMPLETION') summary.needsCompletion += 1;
    else summary.failed.push({ item: file.name, reason: error ?? 'processing failed' });
    progress.tick(file.name, outcome ? (OUTCOME_NOTE[outcome] ?? outcome) : `failed: ${error ?? 'processing failed'}`);
  };
  try {
    for (const file of files) {
      try {
        const bytes = await readFile(file.path);
        const checksum = createHash('sha256').update(bytes).digest('hex');
        // The same bytes imported before are not processed again; a failed earlier attempt is retried.
        const earlier = await prisma.resumeUpload.findFirst({
          where: { organizationId: actor.organizationId, checksum, status: { not: 'FAILED' } },
          orderBy: { createdAt: 'asc' },
          select: { id: true, status: true },
        });
        if (earlier?.status === 'COMPLETED') {
          summary.alreadyImported += 1;
          progress.tick(file.name, 'already imported');
          continue;
        }
        if (earlier) {
          waiting.set(earlier.id, file);
          continue;
        }
        const upload = await uploadResume(app.services, actor, { ownerId: owner.id, fileName: file.name.slice(-255), mimeType: file.mimeType }, { file: { size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer } });
        waiting.set(upload.id, file);
      } catch (error) {
        record(file, null, (error as Error).message);
      }
    }
    app.services.jobs.nudge();
    while (waiting.size > 0) {
      const uploads = await prisma.resumeUpload.findMany({
        where: { id: { in: [...waiting.keys()] }, status: { in: ['COMPLETED', 'FAILED'] } },
        select: { id: true, outcome: true, error: true },
      });
      for (const upload of uploads) {
        record(waiting.get(upload.id)!, upload.outcome === 'FAILED' ? null : upload.outcome, upload.error);
        waiting.delete(upload.id);
      }
      if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, STATUS_POLL_MS));
    }
  } finally {
    progress.stop();
  }
  return summary;
}

async function importCandidates(app: App, actor: Actor, path: string, owner: { id: string } | null): Promise<ImportSummary> {
  const { prisma } = app.services.db;
  const records = await readCandidateRecords(path);
  const summary: ImportSummary = { source: 'candidates', total: records.length, created: 0, attached: 0, needsCompletion: 0, alreadyImported: 0, failed: [], skipped: [] };
  const progress = createProgress(records.length, 'Importing candidates');
  try {
    for (const { source, input } of records) {
      const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : null;
      const externalId = typeof input.externalId === 'string' ? input.externalId.trim() : null;
      const name = (input.fullName ?? [input.firstName, input.lastName].filter(Boolean).join(' ')) || source;
      const label = `${source} (${String(name)})`;
      try {
        // Running the import again finds what the first run made: by email, else by external id.
        const identity = email ? { emailNormalized: email } : externalId ? { externalId } : null;
        const earlier = identity ? await prisma.candidate.findFirst({ where: { organizationId: actor.organizationId, ...identity }, select: { id: true } }) : null;
        if (earlier) {
          summary.alreadyImported += 1;
          progress.tick(label, 'already present');
          continue;
        }
        await createCandidate(app.services, actor, { ...input, ownerId: owner?.id ?? null, importSource: 'cli-import' });
        if (email) summary.created += 1;
        else summary.needsCompletion += 1;
        progress.tick(label, email ? 'candidate created' : 'candidate created without email: needs completion');
      } catch (error) {
        summary.failed.push({ item: label, reason: (error as Error).message });
        progress.tick(label, `failed: ${(error as Error).message}`);
      }
    }
  } finally {
    progress.stop();
  }
  return summary;
}

function printSummary(summary: ImportSummary) {
  const lines = [
    `Imported ${summary.total} ${summary.source === 'resumes' ? 'résumé(s)' : 'candidate record(s)'}:`,
    `  created:          ${summary.created}`,
    ...(summary.source === 'resumes' ? [`  attached:         ${summary.attached}`] : []),
    `  needs completion: ${summary.needsCompletion}`,
    `  already imported: ${summary.alreadyImported}`,
    `  failed:           ${summary.failed.length}`,
    ...summary.failed.map((f) => `    ${f.item}: ${f.reason}`),
    ...(summary.skipped.length ? [`  skipped (not PDF, DOC or DOCX): ${summary.skipped.join(', ')}`] : []),
  ];
  console.log(lines.join('\n'));
}

/** `candidate-gateway import <path> --org <slug> [--owner <email>]`; exits 1 when any item failed. */
export async function importCommand(path: string, options: ImportOptions): Promise<number> {
  const config = loadConfig();
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(`Nothing to import at ${path}: no such file or directory.`);
  // Progress and the summary are the output here: the service's own info logs would interleave.
  const quiet = ['debug', 'trace'].includes(config.LOG_LEVEL) ? config.LOG_LEVEL : 'warn';
  // Résumés go through the durable pipeline; this process works on it too, so it can report outcomes.
  const app = await createApp(config, { logger: createLogger(quiet), worker: info.isDirectory() });
  try {
    const organization = await findOrganizationBySlug(app.services.db.prisma, options.org);
    const actor = systemActor(organization.id, IMPORT_ACTOR);
    const owner = await resolveOwner(app, actor, options.owner, info.isDirectory());
    const summary = info.isDirectory() ? await importResumes(app, actor, path, owner!) : await importCandidates(app, actor, path, owner);
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else printSummary(summary);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}
