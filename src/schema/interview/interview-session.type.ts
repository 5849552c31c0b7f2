import { builder } from '../builder.js';
import { EmailDeliveryEnum, InterviewStatusEnum } from '../enums.js';

export const InterviewSessionType = builder.prismaNode('InterviewSession', {
  id: { field: 'id' },
  // node(id) answers null, not an error, for ids that do not exist or belong to another tenant.
  nullable: true,
  authScopes: { scope: 'read:candidates', $granted: 'mutationSubject' },
  findUnique: (id, ctx) => ({ id, organizationId: ctx.auth.organizationId }),
  description: 'An interview link sent to a candidate: valid for 7 days',
  fields: (t) => ({
    status: t.field({
      type: InterviewStatusEnum,
      description: 'EXPIRED once the link is past its expiry, even before anyone touched it',
      resolve: (s) => ((s.status === 'ACTIVE' || s.status === 'IN_PROGRESS') && s.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : s.status),
    }),
    interviewUrl: t.string({
      description: 'The link the candidate opens',
      resolve: (s, _args, ctx) => `${ctx.services.config.INTERVIEW_BASE_URL.replace(/\/$/, '')}/${s.token}`,
    }),
    emailDelivery: t.field({
      type: EmailDeliveryEnum,
      nullable: true,
      description: 'Delivery state of the invitation email for this session',
      select: { emails: { orderBy: { createdAt: 'desc' }, take: 1, select: { status: true } } },
      resolve: (s) => s.emails[0]?.status ?? null,
    }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    planId: t.exposeString('planId', { nullable: true }),
    totalSteps: t.exposeInt('totalSteps'),
    completedSteps: t.exposeInt('completedSteps'),
    score: t.exposeInt('score', { nullable: true }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
