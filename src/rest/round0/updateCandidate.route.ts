import { Round0UpdateCandidateDocument } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { candidateId, cvFromRound0, round0Candidate } from './round0-shapes.js';
import { candidate, dataOf, errors, idPath, notFound, ok, updateBody } from './round0.schemas.js';

export const updateCandidate = defineRoute({
  method: 'PATCH',
  path: '/api/v1/candidates/{id}',
  summary: "Update a candidate's information: only the fields given change; cv replaces the whole CV, cv: null removes it.",
  params: idPath,
  body: updateBody,
  responses: { ...ok(200, dataOf(candidate)), ...errors, ...notFound },
  async handle({ params, body, call }) {
    const input = { id: candidateId(params.id), fullName: body.name, title: body.title, cv: cvFromRound0(body.cv) };
    const result = await call(Round0UpdateCandidateDocument, { input });
    return { status: 200, body: { data: round0Candidate(payloadOf(result.updateCandidate, 'CandidatePayload').candidate) } };
  },
});
