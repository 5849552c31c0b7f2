import type { Config } from '../config.js';
import { databaseTarget, openDatabase, type Database } from '../db/client.js';
import { applyPendingMigrations } from '../db/migrations.js';

/** Opens the configured database with pending migrations applied; returns what was applied too. */
export async function withDatabase<T>(config: Config, work: (db: Database, applied: string[]) => Promise<T>): Promise<T> {
  const db = await openDatabase(databaseTarget(config));
  try {
    const applied = await applyPendingMigrations(db.adapterFactory);
    return await work(db, applied);
  } finally {
    await db.close();
  }
}

/** Key changes made from the command line are audited like those made through the API. */
export async function auditCli(db: Database, entry: { organizationId: string; action: string; targetId: string; detail: Record<string, unknown> }) {
  await db.prisma.auditEntry.create({
    data: { ...entry, targetType: 'ApiKey', result: 'SUCCESS', detail: { ...entry.detail, via: 'cli', user: process.env.USER ?? null } },
  });
}

/** Plain aligned columns for people; `--json` is the form for programs. */
export function printTable(headers: string[], rows: string[][]) {
  if (rows.length === 0) return;
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  console.log(line(headers));
  for (const row of rows) console.log(line(row));
}
