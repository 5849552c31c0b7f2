import { markAnalysisViewed } from '../../domain/candidates/mark-analysis-viewed.js';
import { NotFoundError } from '../../errors.js';
import { builder } from '../builder.js';
import { actorOf, candidateRef } from '../refs.js';
import { CandidatePayload } from './candidate-payload.js';
import { MarkAnalysisViewedInput } from './decision.inputs.js';

builder.mutationField('markAnalysisViewed', (t) =>
  t.field({
    type: CandidatePayload,
    authScopes: { scope: 'write:candidates' },
    audit: 'candidate.markAnalysisViewed',
    rateLimit: 'writes',
    description: 'Records that a person has read the candidate analysis: required before select or reject',
    errors: { types: [NotFoundError], directResult: true, union: { name: 'MarkAnalysisViewedResult' } },
    args: { input: t.arg({ type: MarkAnalysisViewedInput, required: true }) },
    resolve: (_root, { input }, ctx) => markAnalysisViewed(ctx.services, actorOf(ctx), candidateRef(input)),
  }),
);
