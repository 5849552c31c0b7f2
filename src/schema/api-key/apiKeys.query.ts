import { builder } from '../builder.js';

builder.queryField('apiKeys', (t) =>
  t.prismaConnection(
    {
      type: 'ApiKey',
      cursor: 'id',
      authScopes: { scope: 'admin' },
      description: "The organization's API keys, newest first: prefix, name, scopes and use, never the secret",
      defaultSize: 50,
      maxSize: 100,
      args: { includeRevoked: t.arg.boolean({ defaultValue: true }) },
      totalCount: (_root, args, ctx) => ctx.prisma.apiKey.count({ where: { organizationId: ctx.auth.organizationId, ...(args.includeRevoked ? {} : { revokedAt: null }) } }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.apiKey.findMany({
          ...query,
          where: { organizationId: ctx.auth.organizationId, ...(args.includeRevoked ? {} : { revokedAt: null }) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'ApiKeyConnection' },
    { name: 'ApiKeyEdge' },
  ),
);
