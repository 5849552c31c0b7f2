import { ValidationError } from '../../errors.js';
import { createWebhookEndpoint } from '../../webhooks/create-endpoint.js';
import { builder } from '../builder.js';
import { WebhookSecretPayload } from './webhook-payloads.js';
import { WebhookEventTypeEnum } from './webhook.types.js';

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'In production an https URL whose host resolves to public addresses only' }),
    events: t.field({ type: [WebhookEventTypeEnum], required: true }),
    description: t.string(),
  }),
});

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: WebhookSecretPayload,
    authScopes: { scope: 'admin' },
    audit: 'webhookEndpoint.create',
    auditTarget: { type: 'WebhookEndpoint', idField: 'url' },
    errors: { types: [ValidationError], directResult: true, union: { name: 'CreateWebhookEndpointResult' } },
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createWebhookEndpoint(ctx.services, ctx.auth.organizationId, input),
  }),
);
