import type { WebSocket } from 'ws';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';

/** graphql-ws's own code for Forbidden; a client must not reconnect with the same key. */
export const REVOKED_CLOSE_CODE = 4403;

/**
 * Closes WebSocket connections whose API key has been revoked. Keys are revoked by the CLI in
 * another process or by another instance, so each instance polls the one source of truth, the
 * database: one indexed query per sweep for all open sockets, whatever their number.
 */
export function watchKeyRevocation(prisma: PrismaClient, intervalMs: number, logger: Logger) {
  const sockets = new Map<WebSocket, string>();
  const closeRevoked = (revoked: Set<string>) => {
    for (const [socket, apiKeyId] of sockets) {
      if (!revoked.has(apiKeyId)) continue;
      sockets.delete(socket);
      socket.close(REVOKED_CLOSE_CODE, 'API key revoked');
    }
  };
  const sweep = async () => {
    const ids = [...new Set(sockets.values())];
    if (ids.length === 0) return;
    const rows = await prisma.apiKey.findMany({ where: { id: { in: ids }, revokedAt: { not: null } }, select: { id: true } });
    if (rows.length) closeRevoked(new Set(rows.map((r) => r.id)));
  };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweep()
      .catch((error: unknown) => logger.warn({ err: error }, 'API key revocation sweep failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs).unref();

  return {
    track(socket: WebSocket, apiKeyId: string) {
      sockets.set(socket, apiKeyId);
      socket.once('close', () => sockets.delete(socket));
    },
    /** Checked before each operation, so a revoked key never starts another one. */
    async ensureActive(socket: WebSocket, apiKeyId: string): Promise<boolean> {
      const key = await prisma.apiKey.findUnique({ where: { id: apiKeyId }, select: { revokedAt: true } });
      if (key && !key.revokedAt) return true;
      closeRevoked(new Set([apiKeyId]));
      if (socket.readyState === socket.OPEN) socket.close(REVOKED_CLOSE_CODE, 'API key revoked');
      return false;
    },
    close() {
      clearInterval(timer);
      sockets.clear();
    },
  };
}
