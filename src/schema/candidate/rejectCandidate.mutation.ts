import { decideCandidate } from '../../domain/candidates/decide-candidate.js';
import { AnalysisNotViewedError, InvalidStatusError, NotFoundError, ValidationError } from '../../errors.js';
import { builder } from '../builder.js';
import { idempotencyErrors } from '../errors/error.types.js';
import { actorOf, candidateRef } from '../refs.js';
import { CandidatePayload } from './candidate-payload.js';
import { RejectCandidateInput } from './decision.inputs.js';

builder.mutationField('rejectCandidate', (t) =>
  t.field({
    type: CandidatePayload,
    authScopes: { scope: 'action:decide' },
    audit: 'candidate.reject',
    idempotent: true,
    rateLimit: 'actions',
    description: 'Only an INTERVIEWED candidate whose analysis has been viewed; the reason is kept in the history',
    errors: { types: [ValidationError, NotFoundError, InvalidStatusError, AnalysisNotViewedError, ...idempotencyErrors], directResult: true, union: { name: 'RejectCandidateResult' } },
    args: { input: t.arg({ type: RejectCandidateInput, required: true }) },
    resolve: (_root, { input }, ctx) => decideCandidate(ctx.services, actorOf(ctx), candidateRef(input), 'REJECTED', { reason: input.reason }),
  }),
);
