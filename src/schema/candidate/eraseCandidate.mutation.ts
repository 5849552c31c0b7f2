import { eraseCandidate } from '../../domain/candidates/erase-candidate.js';
import { NotFoundError } from '../../errors.js';
import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';
import { actorOf, candidateRef } from '../refs.js';
import { CandidateType } from './candidate.type.js';

const EraseCandidateInput = builder.inputType('EraseCandidateInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const EraseCandidatePayload = builder.objectRef<{ id: string; erasedAt: Date }>('EraseCandidatePayload').implement({
  fields: (t) => ({
    erasedCandidateId: t.id({ resolve: (p) => encodeGlobalId('Candidate', p.id) }),
    erasedAt: t.expose('erasedAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('eraseCandidate', (t) =>
  t.field({
    type: EraseCandidatePayload,
    authScopes: { scope: 'write:candidates' },
    audit: 'candidate.erase',
    description:
      'GDPR erasure: removes every personal datum of the candidate (names, contact data, notes, CV, résumé text and files, extracted fields, mail, notification texts, stored idempotent replies) and keeps an anonymous row (status, scores, timestamps). Idempotent. Emits candidate.erased.',
    errors: { types: [NotFoundError], directResult: true, union: { name: 'EraseCandidateResult' } },
    args: { input: t.arg({ type: EraseCandidateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      eraseCandidate(ctx.services, actorOf(ctx), candidateRef(input)),
  }),
);

builder.objectField(CandidateType, 'erasedAt', (t) =>
  t.expose('erasedAt', { type: 'DateTime', nullable: true, description: 'When eraseCandidate or the retention policy removed their personal data; the row stays, anonymous' }),
);
