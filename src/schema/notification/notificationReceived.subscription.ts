import type { Notification } from '../../generated/prisma/client.js';
import type { NotificationMessage } from '../../pubsub.js';
import { oncePerMessage } from '../../subscriptions/once-per-message.js';
import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';
import { NotificationType } from './notification.type.js';

/** The published message is the row: subscribers are answered from it, with no read per listener. */
const notificationFromMessage = oncePerMessage(
  (message: NotificationMessage): Notification => ({ ...message, createdAt: new Date(message.createdAt), readAt: message.readAt === null ? null : new Date(message.readAt) }),
);

builder.subscriptionField('notificationReceived', (t) =>
  t.field({
    type: NotificationType,
    authScopes: { scope: 'read:candidates' },
    description: "New notifications for one user of your organization (e.g. résumé outcomes)",
    args: { userId: t.arg.id({ required: true }) },
    subscribe: async function* (_root, args, ctx) {
      const userId = uuidOf(String(args.userId), 'User');
      // The topic is keyed by organization: another tenant's notifications never reach this iterator.
      for await (const message of ctx.services.pubsub.subscribe('notification', ctx.auth.organizationId, ctx.subscriber)) {
        if (message.userId !== userId || message.organizationId !== ctx.auth.organizationId) continue;
        yield notificationFromMessage(message);
      }
    },
    resolve: (notification) => notification,
  }),
);
