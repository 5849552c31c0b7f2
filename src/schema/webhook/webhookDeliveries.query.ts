import { uuidOf } from '../global-id.js';
import { builder } from '../builder.js';

builder.queryField('webhookDeliveries', (t) =>
  t.prismaConnection(
    {
      type: 'WebhookDelivery',
      cursor: 'id',
      authScopes: { scope: 'admin' },
      description: "One endpoint's deliveries, newest first, each with its attempts",
      defaultSize: 50,
      maxSize: 100,
      args: { endpointId: t.arg.id({ required: true }) },
      resolve: (query, _root, args, ctx) => {
        // Another organization's endpoint, or an id that cannot be one, simply has no deliveries.
        const endpointId = uuidOf(String(args.endpointId), 'WebhookEndpoint') ?? '00000000-0000-0000-0000-000000000000';
        return ctx.prisma.webhookDelivery.findMany({
          ...query,
          where: { endpointId, endpoint: { organizationId: ctx.auth.organizationId } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        });
      },
    },
    { name: 'WebhookDeliveryConnection' },
  ),
);
