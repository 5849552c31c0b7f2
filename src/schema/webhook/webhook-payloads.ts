import type { WebhookEndpoint } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { WebhookEndpointType } from './webhook.types.js';

export const WebhookEndpointPayload = builder.objectRef<{ endpoint: WebhookEndpoint }>('WebhookEndpointPayload').implement({
  fields: (t) => ({ endpoint: t.field({ type: WebhookEndpointType, resolve: (p) => p.endpoint }) }),
});

export const WebhookSecretPayload = builder.objectRef<{ endpoint: WebhookEndpoint; secret: string }>('WebhookSecretPayload').implement({
  fields: (t) => ({
    endpoint: t.field({ type: WebhookEndpointType, resolve: (p) => p.endpoint }),
    secret: t.exposeString('secret', { description: 'The signing secret (whsec_…): shown in this answer only, never again' }),
  }),
});
