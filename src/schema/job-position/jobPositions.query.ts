import { builder } from '../builder.js';
import { JobPositionStatusEnum } from '../enums.js';

builder.queryField('jobPositions', (t) =>
  t.prismaConnection({
    type: 'JobPosition',
    cursor: 'id',
    authScopes: { scope: 'read:candidates' },
    defaultSize: 50,
    maxSize: 100,
    args: { status: t.arg({ type: [JobPositionStatusEnum] }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.jobPosition.findMany({
        ...query,
        where: { organizationId: ctx.auth.organizationId, ...(args.status?.length ? { status: { in: args.status } } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }, { name: 'JobPositionConnection' }),
);
