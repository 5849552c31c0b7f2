import { RecruitsomeUploadResumeDocument } from '../../graphql/generated/graphql.js';
import { uuidOf } from '../../schema/global-id.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { responses, uploadBody } from './recruitsome.schemas.js';

export const uploadCandidate = defineRoute({
  method: 'POST',
  path: '/api/v1/candidates',
  summary: 'Create a new candidate by uploading their resume; processing continues in the background.',
  description: 'Counts against the uploads rate limit (10 requests per minute per API key by default).',
  body: uploadBody,
  responses,
  async handle({ body, call }) {
    const { user_id: ownerNumber, resume, create_intake: createIntake } = body;
    const result = await call(RecruitsomeUploadResumeDocument, {
      input: { ownerNumber, fileName: resume.filename, mimeType: resume.mime_type, contentBase64: resume.content, createIntake },
    });
    const { upload } = payloadOf(result.uploadResume, 'ResumeUploadPayload');
    return {
      status: 202,
      body: { message: 'Resume uploaded successfully. The candidate will be created in the background.', data: { processing_id: uuidOf(upload.id, 'ResumeUpload') } },
    };
  },
});
