import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
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
  /** Counts SQL statements sent, so tests can prove a request's query count does not grow. */
  queryCount(): number;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

/**
 * PGlite reserves its shared buffers inside the WebAssembly heap of this process, and that heap
 * never shrinks: at PostgreSQL's default of 128 MB the embedded gateway was ~250 MB heavier than
 * on a server. The data directory is read through the OS page cache anyway, so 32 MB costs little.
 */
const PGLITE_OPTIONS = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'] };

export function databaseTarget(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DatabaseTarget {
  return config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: config.DATA_DIR };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const adapterFactory = new PrismaPg({ connectionString: target.url, max: target.poolSize ?? 10 });
    const url = new URL(target.url);
    url.password = '';
    return withClient(adapterFactory, 'postgres', url.toString(), async () => {});
  }
  if (target.kind === 'pglite-memory') {
    const pglite = new PGlite(PGLITE_OPTIONS);
    return withClient(new PrismaPGlite(pglite), 'pglite', 'memory', () => pglite.close());
  }
  const dataDir = resolve(target.dataDir);
  await mkdir(dataDir, { recursive: true });
  // PGlite is a single-process database: a second process opening the same files would corrupt them.
  const release = await lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(join(dataDir, 'pgdata'), PGLITE_OPTIONS);
    return withClient(new PrismaPGlite(pglite), 'pglite', dataDir, async () => {
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
  kind: Database['kind'],
  location: string,
  closeDriver: () => Promise<void>,
): Database {
  const prisma = new PrismaClient({ adapter: adapterFactory, log: [{ emit: 'event', level: 'query' }] });
  let queries = 0;
  prisma.$on('query', () => {
    queries += 1;
  });
  return {
    prisma,
    kind,
    location,
    adapterFactory,
    queryCount: () => queries,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}
