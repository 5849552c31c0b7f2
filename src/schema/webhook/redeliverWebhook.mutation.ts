import { NotFoundError } from '../../errors.js';
import { redeliverWebhook } from '../../webhooks/redeliver.js';
import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';
import { WebhookDeliveryType } from './webhook.types.js';

const RedeliverWebhookInput = builder.inputType('RedeliverWebhookInput', { fields: (t) => ({ deliveryId: t.id({ required: true }) }) });

const RedeliverWebhookPayload = builder.objectRef<{ id: string }>('RedeliverWebhookPayload').implement({
  fields: (t) => ({
    delivery: t.prismaField({ type: WebhookDeliveryType, resolve: (query, p, _args, ctx) => ctx.prisma.webhookDelivery.findUniqueOrThrow({ ...query, where: { id: p.id } }) }),
  }),
});

builder.mutationField('redeliverWebhook', (t) =>
  t.field({
    type: RedeliverWebhookPayload,
    authScopes: { scope: 'admin' },
    audit: 'webhookDelivery.redeliver',
    auditTarget: { type: 'WebhookDelivery', idField: 'deliveryId' },
    description: 'Sends the delivery again now with the same webhook-id and body, and retries it as a new one would be',
    errors: { types: [NotFoundError], directResult: true, union: { name: 'RedeliverWebhookResult' } },
    args: { input: t.arg({ type: RedeliverWebhookInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      redeliverWebhook(ctx.prisma, ctx.services.jobs, ctx.auth.organizationId, uuidOf(String(input.deliveryId), 'WebhookDelivery')),
  }),
);
