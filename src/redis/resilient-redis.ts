import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';

/** One warning per window per client while Redis stays down, with how many were held back. */
const WARNING_INTERVAL_MS = 10_000;

export type RedisHealth = 'ok' | 'degraded';

/**
 * An ioredis client that never takes the process down: every error is a structured, rate-limited
 * warning (an `error` listener, so ioredis never emits an unhandled one) and it reconnects for
 * ever. Callers decide per client whether commands wait offline or fail at once.
 */
export function createResilientRedis(url: string, role: string, logger: Logger, options: RedisOptions = {}) {
  const log = logger.child({ component: 'redis', role });
  const client = new Redis(url, {
    // Reconnect for ever, at most every 2 s: Redis coming back must be noticed without a restart.
    retryStrategy: (times) => Math.min(times * 100, 2_000),
    ...options,
  });
  let lastWarning = 0;
  let suppressed = 0;
  let wasDown = false;
  client.on('error', (error: Error & { code?: string }) => {
    wasDown = true;
    const now = Date.now();
    if (now - lastWarning < WARNING_INTERVAL_MS) {
      suppressed += 1;
      return;
    }
    log.warn({ code: error.code ?? error.name, suppressed }, 'redis unavailable; continuing on this instance alone');
    lastWarning = now;
    suppressed = 0;
  });
  client.on('ready', () => {
    if (wasDown) log.info('redis reachable again');
    wasDown = false;
  });
  return {
    client,
    health: (): RedisHealth => (client.status === 'ready' ? 'ok' : 'degraded'),
    async close() {
      if (client.status !== 'ready') return client.disconnect();
      await client.quit().catch(() => client.disconnect());
    },
  };
}

export type ResilientRedis = ReturnType<typeof createResilientRedis>;
