import { decideCandidate } from '../../domain/candidates/decide-candidate.js';
import { AnalysisNotViewedError, InvalidStatusError, NotFoundError } from '../../errors.js';
import { builder } from '../builder.js';
import { idempotencyErrors } from '../errors/error.types.js';
import { actorOf, candidateRef } from '../refs.js';
import { CandidatePayload } from './candidate-payload.js';
import { SelectCandidateInput } from './decision.inputs.js';

builder.mutationField('selectCandidate', (t) =>
  t.field({
    type: CandidatePayload,
    authScopes: { scope: 'action:decide' },
    audit: 'candidate.select',
    idempotent: true,
    rateLimit: 'actions',
    description: 'Hire: only an INTERVIEWED candidate whose analysis has been viewed',
    errors: { types: [NotFoundError, InvalidStatusError, AnalysisNotViewedError, ...idempotencyErrors], directResult: true, union: { name: 'SelectCandidateResult' } },
    args: { input: t.arg({ type: SelectCandidateInput, required: true }) },
    resolve: (_root, { input }, ctx) => decideCandidate(ctx.services, actorOf(ctx), candidateRef(input), 'SELECTED'),
  }),
);
