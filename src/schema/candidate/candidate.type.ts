import { builder } from '../builder.js';
import { CandidateStatusEnum } from '../enums.js';
import { InterviewSessionType } from '../interview/interview-session.type.js';

export const CandidateType = builder.prismaNode('Candidate', {
  id: { field: 'id' },
  // node(id) answers null, not an error, for ids that do not exist or belong to another tenant.
  nullable: true,
  // A mutation's answer grants `mutationSubject` on the candidate it changed (src/policy/selection-scopes.ts).
  authScopes: { scope: 'read:candidates', $granted: 'mutationSubject' },
  // Another organization's candidate is indistinguishable from one that does not exist.
  findUnique: (id, ctx) => ({ id, organizationId: ctx.auth.organizationId }),
  fields: (t) => ({
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    fullName: t.exposeString('fullName', { description: 'As given: round-trips exactly' }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    status: t.expose('status', { type: CandidateStatusEnum }),
    cvScore: t.exposeInt('cvScore', { nullable: true }),
    interviewScore: t.exposeInt('interviewScore', { nullable: true }),
    cvText: t.exposeString('cvText', { nullable: true }),
    aiEvaluation: t.exposeString('aiEvaluation', { nullable: true }),
    upsides: t.exposeStringList('upsides'),
    shortcomings: t.exposeStringList('shortcomings'),
    analysisViewed: t.exposeBoolean('analysisViewed'),
    importSource: t.exposeString('importSource'),
    importedWithoutCv: t.exposeBoolean('importedWithoutCv'),
    originalCvFileName: t.exposeString('originalCvFileName', { nullable: true }),
    externalId: t.exposeString('externalId', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSONObject' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    jobPosition: t.relation('jobPosition', { nullable: true }),
    owner: t.relation('owner', { nullable: true }),
    cv: t.relation('cv', { nullable: true }),
    interviews: t.relation('interviews', { query: { orderBy: { createdAt: 'desc' } } }),
    latestInterview: t.field({
      type: InterviewSessionType,
      nullable: true,
      select: (_args, _ctx, nestedSelection) => ({
        interviews: nestedSelection({ orderBy: { createdAt: 'desc' }, take: 1 }),
      }),
      resolve: (candidate) => candidate.interviews[0] ?? null,
    }),
    events: t.relation('events', { description: 'Status history, oldest first', query: { orderBy: { createdAt: 'asc' } } }),
  }),
});
