import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';

builder.queryField('notifications', (t) =>
  t.prismaConnection(
    {
      type: 'Notification',
      cursor: 'id',
      authScopes: { scope: 'read:candidates' },
      description: 'Notifications of one user of your organization, newest first',
      defaultSize: 50,
      maxSize: 100,
      args: { userId: t.arg.id({ required: true }), unreadOnly: t.arg.boolean({ defaultValue: false }) },
      totalCount: (_root, args, ctx) => {
        const userId = uuidOf(String(args.userId), 'User');
        return userId ? ctx.prisma.notification.count({ where: { userId, organizationId: ctx.auth.organizationId, ...(args.unreadOnly ? { readAt: null } : {}) } }) : 0;
      },
      resolve: (query, _root, args, ctx) => {
        const userId = uuidOf(String(args.userId), 'User');
        if (!userId) return [];
        return ctx.prisma.notification.findMany({
          ...query,
          where: { userId, organizationId: ctx.auth.organizationId, ...(args.unreadOnly ? { readAt: null } : {}) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        });
      },
    },
    { name: 'NotificationConnection' },
    { name: 'NotificationEdge' },
  ),
);
