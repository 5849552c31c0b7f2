import { createHash } from 'node:crypto';
import { MAX_RESUME_BYTES } from '../../domain/resumes/resume-content.js';
import { uploadResume } from '../../domain/resumes/upload-resume.js';
import { idempotencyErrors } from '../errors/error.types.js';
import { idempotencyKeyField } from '../idempotency/idempotency-key.input.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { ResumeUpload } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { actorOf, requireRef } from '../refs.js';
import { ResumeUploadType } from './resume-upload.type.js';

const UploadResumeInput = builder.inputType('UploadResumeInput', {
  description: 'Give the file as contentBase64 (at most 10 MB decoded) or as a multipart `file`',
  fields: (t) => ({
    ownerId: t.id({ description: 'The user who owns the candidate and is notified of the outcome' }),
    ownerNumber: t.int({ description: 'The owner by their small number (Recruitsome `user_id`)' }),
    jobPositionId: t.id(),
    fileName: t.string({ required: true, description: 'Up to 255 characters' }),
    mimeType: t.string({ required: true, description: 'application/pdf, application/msword or application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    contentBase64: t.string({ description: 'Strict base64 (standard alphabet, padded)' }),
    file: t.field({ type: 'File', description: 'The file as a GraphQL multipart upload' }),
    createIntake: t.boolean({ description: 'Ignored unless the organization has the Intake feature' }),
    ...idempotencyKeyField(t),
  }),
});

const ResumeUploadPayload = builder.objectRef<Omit<ResumeUpload, 'content'>>('ResumeUploadPayload').implement({
  fields: (t) => ({ upload: t.field({ type: ResumeUploadType, resolve: (u) => ({ ...u, content: null }) }) }),
});

builder.mutationField('uploadResume', (t) =>
  t.field({
    type: ResumeUploadPayload,
    authScopes: { scope: 'write:candidates' },
    audit: 'resume.upload',
    auditTarget: { type: 'ResumeUpload', idField: 'fileName' },
    rateLimit: 'uploads',
    // A multipart file has no JSON form: its checksum stands for it in the request fingerprint.
    idempotent: {
      payload: async ({ file, ...payload }) => {
        const upload = file as File | null | undefined;
        const fileChecksum = upload && upload.size <= MAX_RESUME_BYTES ? createHash('sha256').update(Buffer.from(await upload.arrayBuffer())).digest('hex') : null;
        return { ...payload, fileChecksum };
      },
    },
    description: 'Accepts a PDF, DOC or DOCX résumé and returns at once with the QUEUED processing record; follow it with the resumeProcessing subscription',
    errors: { types: [ValidationError, NotFoundError, ...idempotencyErrors], directResult: true, union: { name: 'UploadResumeResult' } },
    args: { input: t.arg({ type: UploadResumeInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (input.ownerId == null && input.ownerNumber == null) throw ValidationError.single(['ownerId'], 'give ownerId or ownerNumber');
      const content = input.file ? { file: input.file } : input.contentBase64 != null ? { base64: input.contentBase64 } : null;
      return uploadResume(
        ctx.services,
        actorOf(ctx),
        {
          ownerId: input.ownerId == null ? null : requireRef(input.ownerId, 'User'),
          ownerNumber: input.ownerNumber,
          jobPositionId: input.jobPositionId == null ? null : requireRef(input.jobPositionId, 'JobPosition'),
          fileName: input.fileName,
          mimeType: input.mimeType,
          createIntake: input.createIntake,
        },
        content,
      );
    },
  }),
);
