import { inviteCandidate } from '../../domain/candidates/invite-candidate.js';
import { InvalidStatusError, NotFoundError, ValidationError } from '../../errors.js';
import type { Candidate, EmailMessage, InterviewSession } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { EmailDeliveryEnum } from '../enums.js';
import { idempotencyErrors } from '../errors/error.types.js';
import { encodeGlobalId } from '../global-id.js';
import { idempotencyKeyField } from '../idempotency/idempotency-key.input.js';
import { InterviewSessionType } from '../interview/interview-session.type.js';
import { actorOf, candidateRef } from '../refs.js';
import { CandidateType } from './candidate.type.js';

const InviteCandidateInput = builder.inputType('InviteCandidateInput', {
  fields: (t) => ({
    candidateId: t.id({ required: true }),
    jobPositionId: t.id({ description: 'If given, the candidate must belong to this position' }),
    emailSubject: t.string({ description: 'Up to 200 characters; a default subject is used if omitted' }),
    emailBody: t.string({ description: 'Up to 5000 characters; {interviewLink} is replaced by the link. A default template is used if omitted.' }),
    ...idempotencyKeyField(t),
  }),
});

const InviteCandidatePayload = builder
  .objectRef<{ candidate: Candidate; session: InterviewSession; email: EmailMessage }>('InviteCandidatePayload')
  .implement({
    fields: (t) => ({
      invited: t.boolean({ resolve: () => true }),
      candidate: t.field({ type: CandidateType, grantScopes: ['mutationSubject'], resolve: (p) => p.candidate }),
      session: t.field({ type: InterviewSessionType, grantScopes: ['mutationSubject'], resolve: (p) => p.session }),
      sessionId: t.id({ resolve: (p) => encodeGlobalId('InterviewSession', p.session.id) }),
      expiresAt: t.field({ type: 'DateTime', resolve: (p) => p.session.expiresAt }),
      emailDelivery: t.field({
        type: EmailDeliveryEnum,
        description: 'The real state of the invitation email when this field is resolved',
        resolve: async (p, _args, ctx) => (await ctx.prisma.emailMessage.findUnique({ where: { id: p.email.id }, select: { status: true } }))?.status ?? p.email.status,
      }),
    }),
  });

builder.mutationField('inviteCandidate', (t) =>
  t.field({
    type: InviteCandidatePayload,
    authScopes: { scope: 'action:invite' },
    audit: 'candidate.invite',
    idempotent: true,
    rateLimit: 'actions',
    description: 'A NEW candidate (one with an email) gets a 7-day interview link by email and becomes INVITED',
    errors: { types: [ValidationError, NotFoundError, InvalidStatusError, ...idempotencyErrors], directResult: true, union: { name: 'InviteCandidateResult' } },
    args: { input: t.arg({ type: InviteCandidateInput, required: true }) },
    resolve: (_root, { input }, ctx) => inviteCandidate(ctx.services, actorOf(ctx), candidateRef(input), input),
  }),
);
