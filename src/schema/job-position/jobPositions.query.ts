import { builder } from '../builder.js';
import type { Context } from '../../context.js';
import type { JobPositionStatus } from '../../generated/prisma/client.js';
import { JobPositionStatusEnum } from '../enums.js';

const where = (ctx: Context, args: { status?: JobPositionStatus[] | null }) => ({
  organizationId: ctx.auth.organizationId,
  ...(args.status ? { status: { in: args.status } } : {}),
});

builder.queryField('jobPositions', (t) =>
  t.prismaConnection({
    type: 'JobPosition',
    cursor: 'id',
    authScopes: { scope: 'read:candidates' },
    defaultSize: 50,
    maxSize: 100,
    args: { status: t.arg({ type: [JobPositionStatusEnum] }) },
    totalCount: (_root, args, ctx) => ctx.prisma.jobPosition.count({ where: where(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.jobPosition.findMany({ ...query, where: where(ctx, args), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }, { name: 'JobPositionConnection' }, { name: 'JobPositionEdge' }),
);
