import { createCandidate } from '../../domain/candidates/create-candidate.js';
import { DuplicateEmailError, NotFoundError, ValidationError } from '../../errors.js';
import { builder } from '../builder.js';
import { idempotencyErrors } from '../errors/error.types.js';
import { idempotencyKeyField } from '../idempotency/idempotency-key.input.js';
import { actorOf, requireRef } from '../refs.js';
import { candidateFieldsInput, cvFromGraphQL } from './candidate.inputs.js';
import { CandidatePayload } from './candidate-payload.js';

const CreateCandidateInput = builder.inputType('CreateCandidateInput', {
  fields: (t) => ({
    jobPositionId: t.id({ description: 'Celper/PeopleLens candidates belong to a position; optional otherwise' }),
    ownerId: t.id({ description: 'The user who owns the candidate' }),
    importSource: t.string({ description: 'Where the candidate came from (default "api")' }),
    ...candidateFieldsInput(t),
    ...idempotencyKeyField(t),
  }),
});

builder.mutationField('createCandidate', (t) =>
  t.field({
    type: CandidatePayload,
    authScopes: { scope: 'write:candidates' },
    audit: 'candidate.create',
    idempotent: true,
    rateLimit: 'writes',
    errors: { types: [ValidationError, NotFoundError, DuplicateEmailError, ...idempotencyErrors], directResult: true, union: { name: 'CreateCandidateResult' } },
    args: { input: t.arg({ type: CreateCandidateInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const { idempotencyKey: _key, ...fields } = input;
      return createCandidate(ctx.services, actorOf(ctx), {
        ...fields,
        jobPositionId: input.jobPositionId == null ? null : requireRef(input.jobPositionId, 'JobPosition'),
        ownerId: input.ownerId == null ? null : requireRef(input.ownerId, 'User'),
        cv: cvFromGraphQL(input.cv),
      });
    },
  }),
);
