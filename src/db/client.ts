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
   * On PostgreSQL a statement that may be prepared (`Planning`) goes to the pool as a named prepared statement:
   * the server parses each distinct text once per connection and can reuse one plan for it.
   */
  readJson(sql: PrismaNamespace.Sql, options: { planning: Planning }): Promise<string | null>;
  close(): Promise<void>;
}

/**
 * How PostgreSQL may plan a read: `shared`, one plan for every request of the same text (prepared on first
 * use); `per-text`, the text carries the values its plan depends on (a search word written in), so it is
 * prepared once the same text comes again, within a budget of its own; `per-request`, planned for each
 * request's values.
 */
export type Planning = 'shared' | 'per-text' | 'per-request';

const PLANNINGS: readonly Planning[] = ['shared', 'per-text', 'per-request'];

/** A statement of several parts is planned as its most value-dependent part needs. */
export function strictestPlanning(a: Planning, b: Planning): Planning {
  return PLANNINGS.indexOf(a) >= PLANNINGS.indexOf(b) ? a : b;
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
      return prepared(sql, options.planning);
    },
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

/** Distinct statement texts given a name; past this many, a text runs unnamed (each name holds a plan on every connection). */
const MAX_PREPARED_STATEMENTS = 500;
/** Of which texts that carry their values (a search word): a word searched once never takes a name. */
const MAX_PER_TEXT_STATEMENTS = 100;
/** Texts that carry their values, seen once and remembered so a second sight can name them. */
const MAX_SEEN_ONCE = 1_000;

function preparedStatements(pool: pg.Pool) {
  const names = new Map<string, string>();
  const seenOnce = new Set<string>();
  let perText = 0;
  const nameFor = (text: string, planning: Planning): string | undefined => {
    if (planning === 'per-request') return undefined;
    const named = names.get(text);
    if (named || names.size >= MAX_PREPARED_STATEMENTS) return named;
    if (planning === 'per-text') {
      if (perText >= MAX_PER_TEXT_STATEMENTS) return undefined;
      if (!seenOnce.has(text)) {
        if (seenOnce.size >= MAX_SEEN_ONCE) seenOnce.clear();
        seenOnce.add(text);
        return undefined;
      }
      seenOnce.delete(text);
      perText += 1;
    }
    const name = `read_plan_${names.size}`;
    names.set(text, name);
    return name;
  };
  return async (sql: PrismaNamespace.Sql, planning: Planning): Promise<string | null> => {
    const text = sql.text;
    const name = nameFor(text, planning);
    const result = await pool.query<{ data: string | null }>({ text, values: sql.values as unknown[], ...(name ? { name } : {}) });
    return result.rows[0]?.data ?? null;
  };
}
