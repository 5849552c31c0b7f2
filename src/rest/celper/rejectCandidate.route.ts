import { CelperRejectCandidateDocument } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { celperStatus, envelope } from './celper-shapes.js';
import { candidatePath, conflict, decidedData, decisionBody, errors, ok } from './celper.schemas.js';

export const rejectCandidate = defineRoute({
  method: 'POST',
  path: '/v1/candidates/{candidateId}/reject',
  idempotent: true,
  summary: 'Mark an interviewed candidate whose analysis has been viewed as rejected.',
  params: candidatePath,
  body: decisionBody,
  responses: { ...ok(decidedData), ...errors, ...conflict('Analysis not viewed (ANALYSIS_NOT_VIEWED) or invalid status (INVALID_STATUS)') },
  async handle({ params, body, call, requestId }) {
    const result = await call(CelperRejectCandidateDocument, { input: { candidateId: params.candidateId, jobPositionId: body.jobPositionId } });
    const { candidate } = payloadOf(result.rejectCandidate, 'CandidatePayload');
    return envelope(requestId, { status: celperStatus(candidate.status) });
  },
});
