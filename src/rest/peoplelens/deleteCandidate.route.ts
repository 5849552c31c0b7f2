import { PeopleLensDeleteCandidateDocument } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { candidateId, peopleLensCandidateId } from './peoplelens-shapes.js';
import { conflict, deleted, errors, idPath, ok } from './peoplelens.schemas.js';

export const deleteCandidate = defineRoute({
  method: 'DELETE',
  path: '/api/v1/candidates/{id}',
  summary: 'Permanently removes a candidate profile and their associations.',
  params: idPath,
  responses: { ...ok(deleted), ...errors, ...conflict('The candidate has an active interview session (active_session)') },
  async handle({ params, call }) {
    const result = await call(PeopleLensDeleteCandidateDocument, { input: { id: candidateId(params.id) } });
    const { deletedCandidateId } = payloadOf(result.deleteCandidate, 'DeleteCandidatePayload');
    return { status: 200, body: { id: peopleLensCandidateId(deletedCandidateId), deleted: true } };
  },
});
