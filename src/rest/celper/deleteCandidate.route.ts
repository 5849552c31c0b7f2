import { CelperDeleteCandidateDocument } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { envelope } from './celper-shapes.js';
import { candidatePath, conflict, deleteQuery, deletedData, errors, ok } from './celper.schemas.js';

export const deleteCandidate = defineRoute({
  method: 'DELETE',
  path: '/v1/candidates/{candidateId}',
  summary: 'Remove a candidate from a job position, with all associated data.',
  description: 'Candidates with an active interview session cannot be deleted unless you pass force=true, which cancels the session first.',
  params: candidatePath,
  query: deleteQuery,
  responses: { ...ok(deletedData), ...errors, ...conflict('Active session conflict (ACTIVE_SESSION)') },
  async handle({ params, query, call, requestId }) {
    const result = await call(CelperDeleteCandidateDocument, { input: { id: params.candidateId, jobPositionId: query.jobPositionId, force: query.force === 'true' } });
    payloadOf(result.deleteCandidate, 'DeleteCandidatePayload');
    return envelope(requestId, { deleted: true });
  },
});
