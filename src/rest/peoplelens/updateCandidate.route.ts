import { PeopleLensHireCandidateDocument, PeopleLensRejectCandidateDocument, PeopleLensUpdateCandidateDocument, type PeopleLensCandidateSummaryFragment } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { candidateId, summary } from './peoplelens-shapes.js';
import { conflict, errors, idPath, ok, summary as summarySchema, updateBody } from './peoplelens.schemas.js';

export const updateCandidate = defineRoute({
  method: 'PATCH',
  path: '/api/v1/candidates/{id}',
  summary: 'Updates fields for an existing candidate.',
  description: 'A status change runs first, as its own operation: when it is refused (409) no field is changed.',
  params: idPath,
  body: updateBody,
  responses: { ...ok(summarySchema), ...errors, ...conflict('The status change is not allowed now (invalid_status, analysis_not_viewed) or the email is taken (duplicate_email)') },
  async handle({ params, body, call }) {
    const id = candidateId(params.id);
    const { status, first_name: firstName, last_name: lastName, email, external_id: externalId, metadata } = body;
    let candidate: PeopleLensCandidateSummaryFragment | undefined;
    if (status === 'hired') candidate = payloadOf((await call(PeopleLensHireCandidateDocument, { input: { candidateId: id } })).selectCandidate, 'CandidatePayload').candidate;
    if (status === 'rejected') candidate = payloadOf((await call(PeopleLensRejectCandidateDocument, { input: { candidateId: id } })).rejectCandidate, 'CandidatePayload').candidate;
    const fields = { firstName, lastName, email, externalId, metadata };
    // "active" and an empty body still read the candidate back through the same (no-op) update.
    if (!candidate || Object.values(fields).some((v) => v !== undefined)) {
      candidate = payloadOf((await call(PeopleLensUpdateCandidateDocument, { input: { id, ...fields } })).updateCandidate, 'CandidatePayload').candidate;
    }
    return { status: 200, body: summary(candidate) };
  },
});
