import { NotFoundError, ValidationError } from '../../errors.js';
import { updateWebhookEndpoint } from '../../webhooks/update-endpoint.js';
import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';
import { WebhookEndpointPayload } from './webhook-payloads.js';
import { WebhookEventTypeEnum } from './webhook.types.js';

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    url: t.string(),
    events: t.field({ type: [WebhookEventTypeEnum] }),
    description: t.string(),
    enabled: t.boolean({ description: 'true also re-enables an endpoint the gateway disabled after repeated failures' }),
  }),
});

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointPayload,
    authScopes: { scope: 'admin' },
    audit: 'webhookEndpoint.update',
    auditTarget: { type: 'WebhookEndpoint', idField: 'id' },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'UpdateWebhookEndpointResult' } },
    args: { input: t.arg({ type: UpdateWebhookEndpointInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...fields } = input;
      const present = Object.fromEntries(Object.entries(fields).filter(([name, value]) => value !== null || name === 'description'));
      return { endpoint: await updateWebhookEndpoint(ctx.services, ctx.auth.organizationId, uuidOf(String(id), 'WebhookEndpoint'), present) };
    },
  }),
);
