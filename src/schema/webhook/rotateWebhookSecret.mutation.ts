import { NotFoundError } from '../../errors.js';
import { rotateWebhookSecret } from '../../webhooks/rotate-secret.js';
import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';
import { WebhookSecretPayload } from './webhook-payloads.js';

const RotateWebhookSecretInput = builder.inputType('RotateWebhookSecretInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

builder.mutationField('rotateWebhookSecret', (t) =>
  t.field({
    type: WebhookSecretPayload,
    authScopes: { scope: 'admin' },
    audit: 'webhookEndpoint.rotateSecret',
    auditTarget: { type: 'WebhookEndpoint', idField: 'id' },
    description: 'A new signing secret; for 24 hours deliveries carry signatures with both the new and the old secret',
    errors: { types: [NotFoundError], directResult: true, union: { name: 'RotateWebhookSecretResult' } },
    args: { input: t.arg({ type: RotateWebhookSecretInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      rotateWebhookSecret(ctx.prisma, ctx.auth.organizationId, uuidOf(String(input.id), 'WebhookEndpoint')),
  }),
);
