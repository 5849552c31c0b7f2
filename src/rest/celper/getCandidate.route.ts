import { CelperCandidateDocument } from '../../graphql/generated/graphql.js';
import { defineRoute } from '../dialect.js';
import { celperStatus, envelope, found } from './celper-shapes.js';
import { candidateData, candidatePath, errors, ok, positionQuery } from './celper.schemas.js';

export const getCandidate = defineRoute({
  method: 'GET',
  path: '/v1/candidates/{candidateId}',
  summary: 'Returns the full candidate profile including all fields, scores, and analysis metadata.',
  params: candidatePath,
  query: positionQuery,
  responses: { ...ok(candidateData), ...errors },
  async handle({ params, query, call, requestId }) {
    const { candidate } = await call(CelperCandidateDocument, { id: params.candidateId, jobPositionId: query.jobPositionId });
    const { latestInterview, status, ...fields } = found(candidate);
    return envelope(requestId, { ...fields, status: celperStatus(status), sessionId: latestInterview?.id ?? null });
  },
});
