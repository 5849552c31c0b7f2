import { Round0CandidateDocument } from '../../graphql/generated/graphql.js';
import { found } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { candidateId, round0Candidate } from './round0-shapes.js';
import { candidate, dataOf, errors, idPath, notFound, ok } from './round0.schemas.js';

export const getCandidate = defineRoute({
  method: 'GET',
  path: '/api/v1/candidates/{id}',
  summary: 'Retrieve details for a specific candidate.',
  params: idPath,
  responses: { ...ok(200, dataOf(candidate)), ...errors, ...notFound },
  async handle({ params, call }) {
    const result = await call(Round0CandidateDocument, { id: candidateId(params.id) });
    return { status: 200, body: { data: round0Candidate(found(result.candidate, 'Candidate')) } };
  },
});
