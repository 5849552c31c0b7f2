import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';
import { NotificationType } from './notification.type.js';

builder.subscriptionField('notificationReceived', (t) =>
  t.field({
    type: NotificationType,
    authScopes: { scope: 'read:candidates' },
    description: "New notifications for one user of your organization (e.g. résumé outcomes)",
    args: { userId: t.arg.id({ required: true }) },
    subscribe: async function* (_root, args, ctx) {
      const userId = uuidOf(String(args.userId), 'User');
      for await (const message of ctx.services.pubsub.subscribe('notification', ctx.auth.organizationId)) {
        if (message.userId !== userId) continue;
        const notification = await ctx.prisma.notification.findFirst({ where: { id: message.id, organizationId: ctx.auth.organizationId } });
        if (notification) yield notification;
      }
    },
    resolve: (notification) => notification,
  }),
);
