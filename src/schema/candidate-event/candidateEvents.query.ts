import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';

builder.queryField('candidateEvents', (t) =>
  t.prismaConnection({
    type: 'CandidateEvent',
    cursor: 'id',
    authScopes: { scope: 'read:candidates' },
    description: "A candidate's status history, oldest first",
    defaultSize: 50,
    maxSize: 100,
    args: { candidateId: t.arg.id({ required: true }) },
    totalCount: (_root, args, ctx) => {
      const candidateId = uuidOf(String(args.candidateId), 'Candidate');
      return candidateId ? ctx.prisma.candidateEvent.count({ where: { candidateId, organizationId: ctx.auth.organizationId } }) : 0;
    },
    resolve: (query, _root, args, ctx) => {
      const candidateId = uuidOf(String(args.candidateId), 'Candidate');
      if (!candidateId) return [];
      return ctx.prisma.candidateEvent.findMany({
        ...query,
        where: { candidateId, organizationId: ctx.auth.organizationId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
    },
  }, { name: 'CandidateEventConnection' }, { name: 'CandidateEventEdge' }),
);
