import { CelperCandidateStatusDocument } from '../../graphql/generated/graphql.js';
import { defineRoute } from '../dialect.js';
import { celperStatus, envelope, found } from './celper-shapes.js';
import { candidatePath, errors, ok, positionQuery, statusData } from './celper.schemas.js';

export const getCandidateStatus = defineRoute({
  method: 'GET',
  path: '/v1/candidates/{candidateId}/status',
  summary: "Returns the candidate's current status, whether their analysis has been viewed, and their interview score.",
  params: candidatePath,
  query: positionQuery,
  responses: { ...ok(statusData), ...errors },
  async handle({ params, query, call, requestId }) {
    const { candidate } = await call(CelperCandidateStatusDocument, { id: params.candidateId, jobPositionId: query.jobPositionId });
    const { status, analysisViewed, interviewScore } = found(candidate);
    return envelope(requestId, { status: celperStatus(status), analysisViewed, interviewScore });
  },
});
