import { Round0CreateCandidateDocument } from '../../graphql/generated/graphql.js';
import { payloadOf } from '../compat-failure.js';
import { defineRoute } from '../dialect.js';
import { cvFromRound0, round0Candidate } from './round0-shapes.js';
import { candidate, createBody, dataOf, errors, ok } from './round0.schemas.js';

export const createCandidate = defineRoute({
  method: 'POST',
  path: '/api/v1/candidates',
  idempotent: true,
  summary: 'Create a new candidate with optional CV data.',
  body: createBody,
  responses: { ...ok(201, dataOf(candidate)), ...errors },
  async handle({ body, call }) {
    const result = await call(Round0CreateCandidateDocument, { input: { fullName: body.name, title: body.title, cv: cvFromRound0(body.cv) } });
    return { status: 201, body: { data: round0Candidate(payloadOf(result.createCandidate, 'CandidatePayload').candidate) } };
  },
});
