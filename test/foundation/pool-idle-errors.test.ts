import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { availableBackends, isolatedTarget, type IsolatedTarget } from '../support/backends.js';

const backends = await availableBackends();

// An idle pooled connection that the server ends raises an 'error' event on the pool; with no listener, Node throws it
// as an uncaught exception, which fails this run. It happened when a suite's database was dropped while the gateway
// closed: Prisma's adapter stops listening at $disconnect, before the pool's connections have closed.
describe.skipIf(!backends.includes('postgres'))('PostgreSQL connections ended by the server', () => {
  let isolated: IsolatedTarget;
  afterAll(() => isolated?.drop());

  it('are dropped from the pool quietly, after Prisma has disconnected as well as before', async () => {
    isolated = await isolatedTarget('postgres');
    const db = await openDatabase(isolated.target);
    const pool = db.pool!;
    const terminateIdle = async () => {
      const admin = new pg.Client({ connectionString: (isolated.target as { url: string }).url });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      await admin.end();
      for (let waited = 0; pool.totalCount > 0 && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(pool.totalCount).toBe(0);
    };
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      await terminateIdle();
      // The next query opens a new connection.
      expect(await db.prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      await db.prisma.$disconnect();
      await pool.query('SELECT 1');
      await terminateIdle();
    } finally {
      await db.close();
    }
  });
});
