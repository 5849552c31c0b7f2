import { builder } from '../builder.js';

builder.queryField('users', (t) =>
  t.prismaConnection({
    type: 'User',
    cursor: 'id',
    authScopes: { scope: 'read:candidates' },
    defaultSize: 50,
    maxSize: 100,
    totalCount: (_root, _args, ctx) => ctx.prisma.user.count({ where: { organizationId: ctx.auth.organizationId } }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.user.findMany({ ...query, where: { organizationId: ctx.auth.organizationId }, orderBy: [{ number: 'asc' }] }),
  }, { name: 'UserConnection' }, { name: 'UserEdge' }),
);
