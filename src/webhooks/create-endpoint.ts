import type { AppServices } from '../app-services.js';
import { parseInput } from '../domain/validate.js';
import { assertDeliverableUrl, createEndpointSchema } from './endpoint-input.js';
import { newWebhookSecret } from './webhook-secret.js';

/** A new endpoint and its signing secret, which the caller sees only in this answer. */
export async function createWebhookEndpoint(services: Pick<AppServices, 'db' | 'config'>, organizationId: string, raw: unknown) {
  const input = parseInput(createEndpointSchema, raw);
  await assertDeliverableUrl(input.url, services.config.NODE_ENV === 'production');
  const secret = newWebhookSecret();
  const endpoint = await services.db.prisma.webhookEndpoint.create({
    data: { organizationId, url: input.url, events: input.events, description: input.description ?? null, secret },
  });
  return { endpoint, secret };
}
