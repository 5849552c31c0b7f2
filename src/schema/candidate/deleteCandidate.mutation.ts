import { deleteCandidate } from '../../domain/candidates/delete-candidate.js';
import { ActiveSessionError, NotFoundError } from '../../errors.js';
import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';
import { actorOf, candidateRef } from '../refs.js';

const DeleteCandidateInput = builder.inputType('DeleteCandidateInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    jobPositionId: t.id({ description: 'If given, the candidate must belong to this position' }),
    force: t.boolean({ defaultValue: false, description: 'Cancel an active interview session and delete anyway' }),
  }),
});

const DeleteCandidatePayload = builder.objectRef<{ id: string; cancelledSessionId: string | null }>('DeleteCandidatePayload').implement({
  fields: (t) => ({
    deletedCandidateId: t.id({ resolve: (p) => encodeGlobalId('Candidate', p.id) }),
    cancelledSessionId: t.id({ nullable: true, resolve: (p) => (p.cancelledSessionId ? encodeGlobalId('InterviewSession', p.cancelledSessionId) : null) }),
  }),
});

builder.mutationField('deleteCandidate', (t) =>
  t.field({
    type: DeleteCandidatePayload,
    authScopes: { scope: 'write:candidates' },
    audit: 'candidate.delete',
    rateLimit: 'writes',
    description: 'Permanently deletes the candidate and all associated data',
    errors: { types: [NotFoundError, ActiveSessionError], directResult: true, union: { name: 'DeleteCandidateResult' } },
    args: { input: t.arg({ type: DeleteCandidateInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteCandidate(ctx.services, actorOf(ctx), candidateRef(input), { force: input.force ?? false }),
  }),
);
