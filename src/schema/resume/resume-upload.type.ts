import { builder } from '../builder.js';
import type { StoredExtraction } from '../../domain/resumes/process-resume.job.js';
import { ProcessingOutcomeEnum, ProcessingStageEnum, ProcessingStatusEnum } from '../enums.js';
import { ExtractedResumeType } from './extracted-resume.type.js';

export const ResumeUploadType = builder.prismaNode('ResumeUpload', {
  id: { field: 'id' },
  // node(id) answers null, not an error, for ids that do not exist or belong to another tenant.
  nullable: true,
  authScopes: { scope: 'read:candidates' },
  findUnique: (id, ctx) => ({ id, organizationId: ctx.auth.organizationId }),
  description: 'A résumé upload and its processing: its id is the processing id callers follow',
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    checksum: t.exposeString('checksum', { description: 'SHA-256 of the file, hex' }),
    status: t.expose('status', { type: ProcessingStatusEnum }),
    stage: t.expose('stage', { type: ProcessingStageEnum }),
    progress: t.exposeInt('progress', { description: '0-100' }),
    outcome: t.expose('outcome', { type: ProcessingOutcomeEnum, nullable: true }),
    error: t.exposeString('error', { nullable: true, description: 'Why processing failed, in words meant for the uploader' }),
    extracted: t.field({
      type: ExtractedResumeType,
      nullable: true,
      description: 'What was read from the file, for every outcome once fields were extracted: for RESUME_ATTACHED, what awaits review against the candidate',
      select: { extracted: true },
      resolve: (upload) => (upload.extracted as StoredExtraction | null) ?? null,
    }),
    createIntake: t.exposeBoolean('createIntake'),
    candidate: t.relation('candidate', { nullable: true, description: 'The candidate created, or the existing one the résumé was attached to' }),
    owner: t.relation('owner'),
    jobPosition: t.relation('jobPosition', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
  }),
});
