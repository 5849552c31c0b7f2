import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/db/client.js';

export type BackendName = 'pglite' | 'postgres';

const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The backends every integration suite runs on. PostgreSQL is skipped only on a developer
 * machine without a server; under CI=true an unreachable server fails the run instead.
 */
export async function availableBackends(): Promise<BackendName[]> {
  if (await postgresReachable()) return ['pglite', 'postgres'];
  if (process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL is unreachable at ${adminUrl}; the PostgreSQL suite must run in CI.`);
  console.warn(`PostgreSQL unreachable at ${adminUrl}: running the PGlite suite only.`);
  return ['pglite'];
}

export interface IsolatedTarget {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** A fresh database per suite, dropped afterwards, so runs never see each other's rows. */
export async function isolatedTarget(backend: BackendName): Promise<IsolatedTarget> {
  if (backend === 'pglite') return { target: { kind: 'pglite-memory' }, drop: async () => {} };
  const name = `cg_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString(), poolSize: 5 },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

