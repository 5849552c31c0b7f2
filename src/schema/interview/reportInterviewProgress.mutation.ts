import { reportInterviewProgress } from '../../domain/candidates/interview-results.js';
import { InvalidStatusError, NotFoundError, SessionNotActiveError, ValidationError } from '../../errors.js';
import type { InterviewSession } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { actorOf, candidateRef } from '../refs.js';
import { InterviewSessionType } from './interview-session.type.js';

const ReportInterviewProgressInput = builder.inputType('ReportInterviewProgressInput', {
  fields: (t) => ({
    candidateId: t.id({ required: true }),
    planId: t.string(),
    totalSteps: t.int({ required: true }),
    completedSteps: t.int({ required: true }),
  }),
});

const InterviewProgressPayload = builder.objectRef<InterviewSession>('InterviewProgressPayload').implement({
  fields: (t) => ({ session: t.field({ type: InterviewSessionType, grantScopes: ['mutationSubject'], resolve: (s) => s }) }),
});

builder.mutationField('reportInterviewProgress', (t) =>
  t.field({
    type: InterviewProgressPayload,
    authScopes: { scope: 'write:interviews' },
    audit: 'interview.reportProgress',
    rateLimit: 'writes',
    description: 'For the interview service: plan steps completed so far; only while the candidate is INVITED',
    errors: { types: [ValidationError, NotFoundError, InvalidStatusError, SessionNotActiveError], directResult: true, union: { name: 'ReportInterviewProgressResult' } },
    args: { input: t.arg({ type: ReportInterviewProgressInput, required: true }) },
    resolve: (_root, { input }, ctx) => reportInterviewProgress(ctx.services, actorOf(ctx), candidateRef(input), input),
  }),
);
