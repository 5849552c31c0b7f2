import type { Database } from './client.js';

// Prisma's schema engine gives up after 10 s waiting for its own migration lock, so an instance
// that boots while another is migrating a slow or busy server would exit. Instances queue on this
// lock first, without a time limit, and then find nothing left to apply.
const MIGRATION_QUEUE_LOCK = 0x6367_6d71; // "cgmq"

/** Runs `work` while holding a PostgreSQL session lock shared by every instance; PGlite has one writer anyway. */
export async function whileMigrating<T>(db: Pick<Database, 'pool'>, work: () => Promise<T>): Promise<T> {
  if (!db.pool) return work();
  const client = await db.pool.connect();
  try {
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_QUEUE_LOCK]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_QUEUE_LOCK]);
    }
  } finally {
    await client.query('RESET statement_timeout').catch(() => {});
    client.release();
  }
}
