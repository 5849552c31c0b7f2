import type { Tx } from '../domain/transaction.js';

/**
 * Tracks how long an endpoint has been failing. Once every delivery has failed for `disableAfterMs`
 * the endpoint is disabled and each admin of its organization gets a notification saying so.
 */
export async function recordEndpointFailure(tx: Tx, endpointId: string, now: Date, disableAfterMs: number): Promise<boolean> {
  const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId } });
  if (!endpoint) return false;
  const failingSince = endpoint.failingSince ?? now;
  if (!endpoint.failingSince) await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { failingSince } });
  if (!endpoint.enabled || now.getTime() - failingSince.getTime() < disableAfterMs) return false;
  const days = Math.round((now.getTime() - failingSince.getTime()) / 86_400_000);
  const reason = `Every delivery since ${failingSince.toISOString()} failed${days >= 1 ? ` (${days} days)` : ''}.`;
  await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { enabled: false, disabledAt: now, disabledReason: reason } });
  const admins = await tx.user.findMany({ where: { organizationId: endpoint.organizationId, role: 'ADMIN' }, select: { id: true } });
  await tx.notification.createMany({
    data: admins.map((admin) => ({
      organizationId: endpoint.organizationId,
      userId: admin.id,
      kind: 'WEBHOOK_DISABLED' as const,
      message: `Webhook endpoint ${endpoint.url.slice(0, 300)} was disabled. ${reason} Fix the receiver, then enable it with updateWebhookEndpoint.`.slice(0, 1000),
    })),
  });
  return true;
}

export async function recordEndpointSuccess(tx: Tx, endpointId: string): Promise<void> {
  await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: { not: null } }, data: { failingSince: null } });
}
