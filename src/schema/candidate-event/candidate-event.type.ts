import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';
import { ActorTypeEnum, CandidateEventTypeEnum, CandidateStatusEnum } from '../enums.js';

export const CandidateEventType = builder.prismaNode('CandidateEvent', {
  id: { field: 'id' },
  // node(id) answers null, not an error, for ids that do not exist or belong to another tenant.
  nullable: true,
  authScopes: { scope: 'read:candidates' },
  findUnique: (id, ctx) => ({ id, organizationId: ctx.auth.organizationId }),
  description: "One entry of a candidate's history: who changed what, and when",
  fields: (t) => ({
    type: t.expose('type', { type: CandidateEventTypeEnum }),
    fromStatus: t.expose('fromStatus', { type: CandidateStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: CandidateStatusEnum, nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    actorType: t.expose('actorType', { type: ActorTypeEnum }),
    actorId: t.exposeString('actorId', { nullable: true, description: 'API key id, user id, or the worker' }),
    actorName: t.exposeString('actorName', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    candidateId: t.id({ resolve: (e) => encodeGlobalId('Candidate', e.candidateId) }),
    candidate: t.relation('candidate'),
    jobPosition: t.relation('jobPosition', { nullable: true }),
  }),
});
