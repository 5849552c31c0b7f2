import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient, type Prisma as PrismaNamespace } from '../generated/prisma/client.js';
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
  /**
   * Runs one statement that answers a single `data` column of JSON text (compiled read plans, src/read-plan).
   * On PostgreSQL, with `prepare`, it goes to the pool as a named prepared statement: the server parses each
   * distinct text once per connection and can reuse one plan for it. Without, it is planned for its values.
   */
  readJson(sql: PrismaNamespace.Sql, options: { prepare: boolean }): Promise<string | null>;
  close(): Promise<void>;
}

export type DatabaseDriver = { kind: 'pglite'; pglite: PGlite } | { kind: 'postgres'; url: string };

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number; statementTimeoutMs?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

/** How long a request waits for a pooled connection before the database counts as unavailable. */
const CONNECTION_TIMEOUT_MS = 5_000;

const INITIALIZE_PGLITE = fileURLToPath(new URL('./initialize-pglite.js', import.meta.url));

export function databaseTarget(config: { DATABASE_URL?: string | undefined; DATA_DIR: string; DATABASE_STATEMENT_TIMEOUT_MS?: number }): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL, ...(config.DATABASE_STATEMENT_TIMEOUT_MS ? { statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS } : {}) }
    : { kind: 'pglite', dataDir: config.DATA_DIR };
}

// Each mode loads only its own driver: PGlite's bindings are dead weight on a PostgreSQL server, and the other way round.
export const loadPGlite = async () => {
  const [{ PGlite }, { PrismaPGlite }, { PGLITE_OPTIONS }] = await Promise.all([import('@electric-sql/pglite'), import('pglite-prisma-adapter'), import('./pglite-options.js')]);
  return { PGlite, PrismaPGlite, PGLITE_OPTIONS };
};

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    // One pool of our own, shared by Prisma and the migration runner, so its use can be measured.
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
      ...(target.statementTimeoutMs ? { statement_timeout: target.statementTimeoutMs } : {}),
    });
    // An idle connection ended by the server (a restart, an administrator, a forced drop) is the next query's error
    // to report. Prisma's adapter listens only while connected, and pool.end() resolves before its clients have
    // closed: without a listener of our own, such an end during shutdown was an uncaught 'error' event.
    pool.on('error', () => {});
    const url = new URL(target.url);
    url.password = '';
    return { ...withClient(new PrismaPg(pool), { kind: 'postgres', url: target.url }, url.toString(), () => pool.end(), pool), pool };
  }
  const { PGlite, PrismaPGlite, PGLITE_OPTIONS } = await loadPGlite();
  if (target.kind === 'pglite-memory') {
    const pglite = new PGlite(PGLITE_OPTIONS);
    return withClient(new PrismaPGlite(pglite), { kind: 'pglite', pglite }, 'memory', () => pglite.close());
  }
  const dataDir = resolve(target.dataDir);
  await mkdir(dataDir, { recursive: true });
  // PGlite is a single-process database: a second process opening the same files would corrupt them.
  const release = await lockDataDir(dataDir);
  try {
    const pgdata = join(dataDir, 'pgdata');
    await initializeDataDir(pgdata);
    const pglite = await PGlite.create(pgdata, PGLITE_OPTIONS);
    return withClient(new PrismaPGlite(pglite), { kind: 'pglite', pglite }, dataDir, async () => {
      await pglite.close();
      await release();
    });
  } catch (error) {
    await release();
    throw error;
  }
}

/** First start only: initdb runs in a child process, so that its peak memory leaves with it. */
async function initializeDataDir(pgdata: string): Promise<void> {
  // PGlite's own test for an initialized directory.
  if (existsSync(join(pgdata, 'PG_VERSION'))) return;
  try {
    await promisify(execFile)(process.execPath, [INITIALIZE_PGLITE, pgdata]);
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`initializing the PGlite data directory ${pgdata} failed${stderr ? `: ${stderr.trim()}` : ''}`, { cause: error });
  }
}

function withClient(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  driver: DatabaseDriver,
  location: string,
  closeDriver: () => Promise<void>,
  pool?: pg.Pool,
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
  const prepared = pool ? preparedStatements(pool) : null;
  return {
    prisma,
    kind: driver.kind,
    driver,
    location,
    adapterFactory,
    queryCount: () => queries,
    async readJson(sql, options) {
      if (!prepared) return (await prisma.$queryRaw<{ data: string | null }[]>(sql))[0]?.data ?? null;
      queries += 1;
      return prepared(sql, options.prepare);
    },
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

/** Distinct statement texts given a name; past this many, a text runs unnamed (each name holds a plan on every connection). */
const MAX_PREPARED_STATEMENTS = 500;

function preparedStatements(pool: pg.Pool) {
  const names = new Map<string, string>();
  return async (sql: PrismaNamespace.Sql, prepare: boolean): Promise<string | null> => {
    const text = sql.text;
    let name = prepare ? names.get(text) : undefined;
    if (prepare && !name && names.size < MAX_PREPARED_STATEMENTS) names.set(text, (name = `read_plan_${names.size}`));
    const result = await pool.query<{ data: string | null }>({ text, values: sql.values as unknown[], ...(name ? { name } : {}) });
    return result.rows[0]?.data ?? null;
  };
}
