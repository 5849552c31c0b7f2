import { CelperUpdateCandidateDocument } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { celperStatus, envelope } from './celper-shapes.js';
import { candidatePath, conflict, errors, ok, positionQuery, updateBody, updatedData } from './celper.schemas.js';

export const updateCandidate = defineRoute({
  method: 'PATCH',
  path: '/v1/candidates/{candidateId}',
  summary: "Update a candidate's basic information. Only the fields you include in the request body will be changed.",
  params: candidatePath,
  query: positionQuery,
  body: updateBody,
  responses: { ...ok(updatedData), ...errors, ...conflict('Duplicate candidate (DUPLICATE_EMAIL)') },
  async handle({ params, query, body, call, requestId }) {
    const result = await call(CelperUpdateCandidateDocument, { input: { id: params.candidateId, jobPositionId: query.jobPositionId, ...body } });
    const { candidate } = payloadOf(result.updateCandidate, 'CandidatePayload');
    return envelope(requestId, { ...candidate, status: celperStatus(candidate.status) });
  },
});
