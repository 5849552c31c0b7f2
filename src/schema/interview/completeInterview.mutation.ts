import { completeInterview } from '../../domain/candidates/interview-results.js';
import { InvalidStatusError, NotFoundError, SessionNotActiveError, ValidationError } from '../../errors.js';
import { builder } from '../builder.js';
import { CandidatePayload } from '../candidate/candidate-payload.js';
import { actorOf, candidateRef } from '../refs.js';

const CompleteInterviewInput = builder.inputType('CompleteInterviewInput', {
  fields: (t) => ({
    candidateId: t.id({ required: true }),
    interviewScore: t.int({ required: true, description: '0-100' }),
    aiEvaluation: t.string(),
    upsides: t.stringList(),
    shortcomings: t.stringList(),
  }),
});

builder.mutationField('completeInterview', (t) =>
  t.field({
    type: CandidatePayload,
    authScopes: { scope: 'write:interviews' },
    audit: 'interview.complete',
    rateLimit: 'writes',
    description: 'For the interview service: stores the results; the candidate goes from INVITED to INTERVIEWED',
    errors: { types: [ValidationError, NotFoundError, InvalidStatusError, SessionNotActiveError], directResult: true, union: { name: 'CompleteInterviewResult' } },
    args: { input: t.arg({ type: CompleteInterviewInput, required: true }) },
    resolve: (_root, { input }, ctx) => completeInterview(ctx.services, actorOf(ctx), candidateRef(input), input),
  }),
);
