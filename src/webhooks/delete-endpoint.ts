import type { PrismaClient } from '../generated/prisma/client.js';
import { NotFoundError } from '../errors.js';

/** Removes the endpoint with its deliveries; their queued jobs find nothing to do. */
export async function deleteWebhookEndpoint(prisma: PrismaClient, organizationId: string, endpointId: string | null) {
  const { count } = endpointId ? await prisma.webhookEndpoint.deleteMany({ where: { id: endpointId, organizationId } }) : { count: 0 };
  if (count === 0) throw new NotFoundError('WebhookEndpoint');
  return { id: endpointId! };
}
