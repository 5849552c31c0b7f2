import { NotFoundError } from '../../errors.js';
import { deleteWebhookEndpoint } from '../../webhooks/delete-endpoint.js';
import { builder } from '../builder.js';
import { encodeGlobalId, uuidOf } from '../global-id.js';

const DeleteWebhookEndpointInput = builder.inputType('DeleteWebhookEndpointInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const DeleteWebhookEndpointPayload = builder.objectRef<{ id: string }>('DeleteWebhookEndpointPayload').implement({
  fields: (t) => ({ deletedEndpointId: t.id({ resolve: (p) => encodeGlobalId('WebhookEndpoint', p.id) }) }),
});

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: DeleteWebhookEndpointPayload,
    authScopes: { scope: 'admin' },
    audit: 'webhookEndpoint.delete',
    auditTarget: { type: 'WebhookEndpoint', idField: 'id' },
    description: 'Deletes the endpoint and its delivery history; nothing more is sent to it',
    errors: { types: [NotFoundError], directResult: true, union: { name: 'DeleteWebhookEndpointResult' } },
    args: { input: t.arg({ type: DeleteWebhookEndpointInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      deleteWebhookEndpoint(ctx.prisma, ctx.auth.organizationId, uuidOf(String(input.id), 'WebhookEndpoint')),
  }),
);
