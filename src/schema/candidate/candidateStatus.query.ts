import type { Candidate, InterviewSession } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { CandidateStatusEnum } from '../enums.js';
import { encodeGlobalId } from '../global-id.js';
import { candidateLookup } from '../refs.js';
import { InterviewSessionType } from '../interview/interview-session.type.js';

type StatusReport = Pick<Candidate, 'id' | 'status' | 'analysisViewed' | 'interviewScore' | 'fullName'> & { interviews: InterviewSession[] };

const CandidateStatusReport = builder.objectRef<StatusReport>('CandidateStatusReport').implement({
  description: 'What a poller needs (seeds 001 and 002): status, analysis, score and the latest interview',
  fields: (t) => ({
    candidateId: t.id({ resolve: (r) => encodeGlobalId('Candidate', r.id) }),
    candidateName: t.exposeString('fullName'),
    status: t.expose('status', { type: CandidateStatusEnum }),
    analysisViewed: t.exposeBoolean('analysisViewed'),
    interviewScore: t.exposeInt('interviewScore', { nullable: true }),
    latestInterview: t.field({ type: InterviewSessionType, nullable: true, resolve: (r) => r.interviews[0] ?? null }),
  }),
});

builder.queryField('candidateStatus', (t) =>
  t.field({
    type: CandidateStatusReport,
    nullable: true,
    authScopes: { scope: 'read:candidates' },
    args: {
      id: t.arg.id({ required: true }),
      jobPositionId: t.arg.id({ description: 'If given, the candidate must belong to this position' }),
    },
    resolve: (_root, args, ctx) => {
      const where = candidateLookup(ctx, args);
      if (!where) return null;
      return ctx.prisma.candidate.findFirst({
        where,
        select: { id: true, status: true, analysisViewed: true, interviewScore: true, fullName: true, interviews: { orderBy: { createdAt: 'desc' }, take: 1 } },
      });
    },
  }),
);
