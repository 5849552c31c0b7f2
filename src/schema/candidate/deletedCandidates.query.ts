import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';

builder.prismaObject('DeletedCandidate', {
  description: 'A deleted candidate, for delta sync: only its id, position and when it was deleted',
  fields: (t) => ({
    candidateId: t.id({ resolve: (d) => encodeGlobalId('Candidate', d.id) }),
    jobPositionId: t.id({ nullable: true, resolve: (d) => (d.jobPositionId ? encodeGlobalId('JobPosition', d.jobPositionId) : null) }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('deletedCandidates', (t) =>
  t.prismaConnection(
    {
      type: 'DeletedCandidate',
      cursor: 'id',
      authScopes: { scope: 'read:candidates' },
      description: 'Delta sync of deletions: candidates deleted at or after `since`, oldest first. Pair with candidates(filter: { updatedSince })',
      defaultSize: 50,
      maxSize: 100,
      args: { since: t.arg({ type: 'DateTime', required: true }) },
      totalCount: (_root, args, ctx) => ctx.prisma.deletedCandidate.count({ where: { organizationId: ctx.auth.organizationId, deletedAt: { gte: args.since } } }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.deletedCandidate.findMany({
          ...query,
          where: { organizationId: ctx.auth.organizationId, deletedAt: { gte: args.since } },
          orderBy: [{ deletedAt: 'asc' }, { id: 'asc' }],
        }),
    },
    { name: 'DeletedCandidateConnection' },
    { name: 'DeletedCandidateEdge' },
  ),
);
