import type { PGlite } from '@electric-sql/pglite';
import type PgBoss from 'pg-boss';
import type { Tx } from '../domain/transaction.js';

/** pg-boss on in-process PGlite: its schema plans are multi-statement and carry no parameters. */
export function pgliteSql(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

/**
 * pg-boss statements run inside a Prisma interactive transaction, so a job is enqueued if and
 * only if the row it works on commits. Prisma binds plain values; pg-boss hands job data over
 * as an object, which PostgreSQL receives as JSON text for its `::jsonb` cast.
 */
export function transactionSql(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const bound = values.map((value: unknown) => (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) ? JSON.stringify(value) : value));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...bound) };
    },
  };
}
