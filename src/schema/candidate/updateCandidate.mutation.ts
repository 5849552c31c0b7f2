import { updateCandidate } from '../../domain/candidates/update-candidate.js';
import { DuplicateEmailError, NotFoundError, ValidationError } from '../../errors.js';
import { builder } from '../builder.js';
import { actorOf, candidateRef } from '../refs.js';
import { candidateFieldsInput, cvFromGraphQL } from './candidate.inputs.js';
import { CandidatePayload } from './candidate-payload.js';

const UpdateCandidateInput = builder.inputType('UpdateCandidateInput', {
  description: 'Only the fields you include change; null clears a field; cv replaces the whole CV and cv: null removes it',
  fields: (t) => ({
    id: t.id({ required: true }),
    jobPositionId: t.id({ description: 'If given, the candidate must belong to this position' }),
    ...candidateFieldsInput(t),
  }),
});

builder.mutationField('updateCandidate', (t) =>
  t.field({
    type: CandidatePayload,
    authScopes: { scope: 'write:candidates' },
    audit: 'candidate.update',
    rateLimit: 'writes',
    errors: { types: [ValidationError, NotFoundError, DuplicateEmailError], directResult: true, union: { name: 'UpdateCandidateResult' } },
    args: { input: t.arg({ type: UpdateCandidateInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { id: _id, jobPositionId: _position, ...changes } = input;
      if ('cv' in changes) changes.cv = cvFromGraphQL(changes.cv) as typeof changes.cv;
      return updateCandidate(ctx.services, actorOf(ctx), candidateRef(input), changes);
    },
  }),
);
