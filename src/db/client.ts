import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { lockDataDir } from './data-dir-lock.js';

export { DataDirLockedError } from './data-dir-lock.js';

export type Prisma = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  /** What a person reading logs needs to know about where data lives (never a password). */
  location: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The connection below Prisma, for libraries that speak SQL themselves (the job queue). */
  driver: DatabaseDriver;
  /** The PostgreSQL connection pool, for its gauges; none on embedded PGlite. */
  pool?: pg.Pool;
  /** Counts SQL statements sent, so tests can prove a request's query count does not grow. */
  queryCount(): number;
  close(): Promise<void>;
}

export type DatabaseDriver = { kind: 'pglite'; pglite: PGlite } | { kind: 'postgres'; url: string };

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number; statementTimeoutMs?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

/** How long a request waits for a pooled connection before the database counts as unavailable. */
const CONNECTION_TIMEOUT_MS = 5_000;

/** Extensions the migrations create (candidate search uses trigram indexes); PGlite must load them at construction. */
export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * PGlite reserves its shared buffers inside the WebAssembly heap of this process, and that heap
 * never shrinks: at PostgreSQL's default of 128 MB the embedded gateway was ~250 MB heavier than
 * on a server. The data directory is read through the OS page cache anyway, so 32 MB costs little.
 */
const PGLITE_OPTIONS = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'], extensions: PGLITE_EXTENSIONS };

export function databaseTarget(config: { DATABASE_URL?: string | undefined; DATA_DIR: string; DATABASE_STATEMENT_TIMEOUT_MS?: number }): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL, ...(config.DATABASE_STATEMENT_TIMEOUT_MS ? { statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS } : {}) }
    : { kind: 'pglite', dataDir: config.DATA_DIR };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    // One pool of our own, shared by Prisma and the migration runner, so its use can be measured.
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
      ...(target.statementTimeoutMs ? { statement_timeout: target.statementTimeoutMs } : {}),
    });
    const url = new URL(target.url);
    url.password = '';
    return { ...withClient(new PrismaPg(pool), { kind: 'postgres', url: target.url }, url.toString(), () => pool.end()), pool };
  }
  if (target.kind === 'pglite-memory') {
    const pglite = new PGlite(PGLITE_OPTIONS);
    return withClient(new PrismaPGlite(pglite), { kind: 'pglite', pglite }, 'memory', () => pglite.close());
  }
  const dataDir = resolve(target.dataDir);
  await mkdir(dataDir, { recursive: true });
  // PGlite is a single-process database: a second process opening the same files would corrupt them.
  const release = await lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(join(dataDir, 'pgdata'), PGLITE_OPTIONS);
    return withClient(new PrismaPGlite(pglite), { kind: 'pglite', pglite }, dataDir, async () => {
      await pglite.close();
      await release();
    });
  } catch (error) {
    await release();
    throw error;
  }
}

function withClient(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  driver: DatabaseDriver,
  location: string,
  closeDriver: () => Promise<void>,
): Database {
  const client = new PrismaClient({
    adapter: adapterFactory,
    log: [{ emit: 'event', level: 'query' }],
    // Search reads the keywords in SQL only; loading them with every candidate row (every page) cost array parsing.
    omit: { candidate: { searchKeywords: true } },
  });
  let queries = 0;
  client.$on('query', () => {
    queries += 1;
  });
  // The omission is invisible to callers' types: nothing reads the keywords through Prisma.
  const prisma = client as unknown as PrismaClient;
  return {
    prisma,
    kind: driver.kind,
    driver,
    location,
    adapterFactory,
    queryCount: () => queries,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}
