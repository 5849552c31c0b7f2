import { builder } from '../builder.js';

builder.queryField('webhookEndpoints', (t) =>
  t.prismaField({
    type: ['WebhookEndpoint'],
    authScopes: { scope: 'admin' },
    description: "The organization's webhook endpoints, oldest first",
    resolve: (query, _root, _args, ctx) => ctx.prisma.webhookEndpoint.findMany({ ...query, where: { organizationId: ctx.auth.organizationId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  }),
);
