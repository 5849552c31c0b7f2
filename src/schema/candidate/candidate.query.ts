import { builder } from '../builder.js';
import { candidateLookup } from '../refs.js';

builder.queryField('candidate', (t) =>
  t.prismaField({
    type: 'Candidate',
    nullable: true,
    authScopes: { scope: 'read:candidates' },
    description: 'A candidate of your organization, or null',
    args: {
      id: t.arg.id({ required: true }),
      jobPositionId: t.arg.id({ description: 'If given, the candidate must belong to this position (Celper scopes every read this way)' }),
    },
    resolve: (query, _root, args, ctx) => {
      const where = candidateLookup(ctx, args);
      return where ? ctx.prisma.candidate.findFirst({ ...query, where }) : null;
    },
  }),
);
