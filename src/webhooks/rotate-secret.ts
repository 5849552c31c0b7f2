import type { PrismaClient } from '../generated/prisma/client.js';
import { NotFoundError } from '../errors.js';
import { newWebhookSecret, SECRET_OVERLAP_MS } from './webhook-secret.js';

/** A new signing secret; the one it replaces keeps signing alongside it for 24 hours. */
export async function rotateWebhookSecret(prisma: PrismaClient, organizationId: string, endpointId: string | null) {
  const current = endpointId ? await prisma.webhookEndpoint.findFirst({ where: { id: endpointId, organizationId } }) : null;
  if (!current) throw new NotFoundError('WebhookEndpoint');
  const secret = newWebhookSecret();
  const endpoint = await prisma.webhookEndpoint.update({
    where: { id: current.id },
    data: { secret, previousSecret: current.secret, previousSecretExpiresAt: new Date(Date.now() + SECRET_OVERLAP_MS) },
  });
  return { endpoint, secret };
}
