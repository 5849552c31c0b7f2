import { z } from 'zod';
import { Round0DeleteCandidateDocument } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { candidateId } from './round0-shapes.js';
import { errors, idPath, notFound, ok } from './round0.schemas.js';

export const deleteCandidate = defineRoute({
  method: 'DELETE',
  path: '/api/v1/candidates/{id}',
  summary: 'Permanently delete a candidate.',
  description: 'Round0 deletes regardless of interviews, so an active interview session is cancelled first (force).',
  params: idPath,
  responses: { ...ok(200, z.object({ success: z.literal(true) })), ...errors, ...notFound },
  async handle({ params, call }) {
    const result = await call(Round0DeleteCandidateDocument, { input: { id: candidateId(params.id), force: true } });
    payloadOf(result.deleteCandidate, 'DeleteCandidatePayload');
    return { status: 200, body: { success: true } };
  },
});
