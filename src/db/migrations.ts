import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { loadPGlite, type Database } from './client.js';
import { whileMigrating } from './migration-lock.js';
import { withSchemaEngine } from './schema-engine.js';
import { projectRoot } from '../project-root.js';

export const migrationsDir = join(projectRoot, 'prisma', 'migrations');
const noFilters = { externalTables: [], externalEnums: [] };

export async function readMigrationsList(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(join(migrationsDir, name, 'migration.sql'), 'utf8').then(
            (ok) => ({ tag: 'ok' as const, value: ok }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/** Applies every migration not yet recorded in `_prisma_migrations`, as `prisma migrate deploy` does. */
export async function applyPendingMigrations(db: Pick<Database, 'adapterFactory' | 'pool'>): Promise<string[]> {
  const migrationsList = await readMigrationsList();
  // The schema engine, once loaded, holds ~30 MB for the life of the process; most starts have nothing for it to do.
  if (await allApplied(db.adapterFactory, migrationsList.migrationDirectories.map((d) => d.path))) return [];
  return whileMigrating(db, () =>
    withSchemaEngine(projectRoot, db.adapterFactory, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return appliedMigrationNames;
    }),
  );
}

/**
 * True when `_prisma_migrations` records every one of `names` as finished and no migration as
 * failed. Anything else (no table yet, a migration running or failed elsewhere) is the engine's
 * to apply or report, under the migration lock.
 */
async function allApplied(adapterFactory: SqlMigrationAwareDriverAdapterFactory, names: string[]): Promise<boolean> {
  const adapter = await adapterFactory.connect();
  try {
    const query = (sql: string) => adapter.queryRaw({ sql, args: [], argTypes: [] });
    const [exists] = (await query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL`)).rows;
    if (exists?.[0] !== true) return false;
    const { rows } = await query(`SELECT migration_name, finished_at IS NOT NULL, rolled_back_at IS NOT NULL FROM _prisma_migrations`);
    const applied = new Set<unknown>();
    for (const [name, finished, rolledBack] of rows) {
      if (rolledBack) continue;
      if (!finished) return false;
      applied.add(name);
    }
    return names.every((name) => applied.has(name));
  } finally {
    await adapter.dispose();
  }
}

/** The SQL that takes a database at the end of the committed history to the current schema. */
export async function diffHistoryToSchema(adapterFactory: SqlMigrationAwareDriverAdapterFactory, schema: { path: string; content: string }): Promise<string> {
  const migrationsList = await readMigrationsList();
  return withSchemaEngine(projectRoot, adapterFactory, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? '';
  });
}

/**
 * The same difference computed offline, against in-memory PGlite databases. The adapter's own shadow
 * database loads no extensions, so replaying the history (CREATE EXTENSION pg_trgm) failed there,
 * and the engine reported an empty difference before the failure surfaced.
 */
export async function diffHistoryToSchemaOffline(schema: { path: string; content: string }): Promise<string> {
  const { PGlite, PrismaPGlite, PGLITE_OPTIONS } = await loadPGlite();
  const databases: PGlite[] = [];
  const open = () => {
    const pglite = new PGlite({ extensions: PGLITE_OPTIONS.extensions });
    databases.push(pglite);
    return new PrismaPGlite(pglite);
  };
  const factory = Object.assign(open(), { connectToShadowDb: () => open().connect() });
  try {
    return await diffHistoryToSchema(factory, schema);
  } finally {
    await Promise.all(databases.map((db) => db.close()));
  }
}

/** Whether a difference is nothing to write. */
export function isEmptyMigration(sql: string): boolean {
  return !sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim());
}
