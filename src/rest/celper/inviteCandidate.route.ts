import { CelperInviteCandidateDocument } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { envelope } from './celper-shapes.js';
import { candidatePath, conflict, errors, invitedData, inviteBody, ok } from './celper.schemas.js';

export const inviteCandidate = defineRoute({
  method: 'POST',
  path: '/v1/candidates/{candidateId}/invite',
  idempotent: true,
  summary: 'Send an interview invitation (7-day link) to a candidate with status new.',
  params: candidatePath,
  body: inviteBody,
  responses: { ...ok(invitedData), ...errors, ...conflict('Invalid status precondition (INVALID_STATUS)') },
  async handle({ params, body, call, requestId }) {
    const result = await call(CelperInviteCandidateDocument, { input: { candidateId: params.candidateId, ...body } });
    const { invited, sessionId, emailDelivery, expiresAt } = payloadOf(result.inviteCandidate, 'InviteCandidatePayload');
    return envelope(requestId, { invited, sessionId, emailDelivery: emailDelivery.toLowerCase(), expiresAt });
  },
});
