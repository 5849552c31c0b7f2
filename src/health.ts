import type { App } from './app.js';
import { readMigrationsList } from './db/migrations.js';

const CHECK_TIMEOUT_MS = 2_000;

export interface Readiness {
  ready: boolean;
  body: { status: 'ready' | 'not ready'; database: 'ok' | 'unavailable' | 'migrations pending'; redis: 'ok' | 'degraded' | 'not configured' };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('readiness check timed out')), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Ready means the database answers with every migration applied. Redis being away only degrades
 * the gateway (fan-out and rate limits stay on each instance), so it is reported, not fatal.
 * The body names dependencies and states only: no host names, no driver messages.
 */
export async function readiness(app: Pick<App, 'services'>): Promise<Readiness> {
  const { db, pubsub, rateLimits } = app.services;
  let database: Readiness['body']['database'];
  try {
    const rows = await within(
      db.prisma.$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      CHECK_TIMEOUT_MS,
    );
    const applied = new Set(rows.map((r) => r.name));
    const expected = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
    database = expected.every((name) => applied.has(name)) ? 'ok' : 'migrations pending';
  } catch {
    database = 'unavailable';
  }
  const redisStates = [pubsub.health(), rateLimits.health()];
  const redis = redisStates.includes('degraded') ? 'degraded' : redisStates.includes('ok') ? 'ok' : 'not configured';
  const ready = database === 'ok';
  return { ready, body: { status: ready ? 'ready' : 'not ready', database, redis } };
}
