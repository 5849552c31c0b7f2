import { builder } from '../builder.js';

builder.queryField('auditEntries', (t) =>
  t.prismaConnection(
    {
      type: 'AuditEntry',
      cursor: 'id',
      authScopes: { scope: 'admin' },
      description: "The organization's audit log, newest first",
      defaultSize: 50,
      maxSize: 100,
      args: { action: t.arg.string({ description: 'Only entries with this action, e.g. candidate.invite' }) },
      totalCount: (_root, args, ctx) => ctx.prisma.auditEntry.count({ where: { organizationId: ctx.auth.organizationId, ...(args.action ? { action: args.action } : {}) } }),
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.auditEntry.findMany({
          ...query,
          where: { organizationId: ctx.auth.organizationId, ...(args.action ? { action: args.action } : {}) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { name: 'AuditEntryConnection' },
    { name: 'AuditEntryEdge' },
  ),
);
