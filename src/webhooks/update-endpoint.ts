import type { AppServices } from '../app-services.js';
import { NotFoundError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { parseInput } from '../domain/validate.js';
import { assertDeliverableUrl, updateEndpointSchema } from './endpoint-input.js';

/** Changes url, events, description or enabled; enabling again forgets the failure streak that disabled it. */
export async function updateWebhookEndpoint(services: Pick<AppServices, 'db' | 'config'>, organizationId: string, endpointId: string | null, raw: unknown) {
  const input = parseInput(updateEndpointSchema, raw);
  const { prisma } = services.db;
  const current = endpointId ? await prisma.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId } }) : null;
  if (!current) throw new NotFoundError('WebhookEndpoint');
  if (input.url !== undefined) await assertDeliverableUrl(input.url, services.config.NODE_ENV === 'production');
  const data: Prisma.WebhookEndpointUpdateInput = {};
  if (input.url !== undefined) data.url = input.url;
  if (input.events !== undefined) data.events = input.events;
  if (input.description !== undefined) data.description = input.description;
  if (input.enabled !== undefined) {
    data.enabled = input.enabled;
    if (input.enabled) Object.assign(data, { disabledAt: null, disabledReason: null, failingSince: null });
  }
  return prisma.webhookEndpoint.update({ where: { id: current.id }, data });
}
