import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PGLITE_EXTENSIONS, type Database } from './client.js';
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
  return whileMigrating(db, () =>
    withSchemaEngine(projectRoot, db.adapterFactory, async (engine) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return appliedMigrationNames;
    }),
  );
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
  const databases: PGlite[] = [];
  const open = () => {
    const pglite = new PGlite({ extensions: PGLITE_EXTENSIONS });
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
