import { Prisma } from '../generated/prisma/client.js';

/** A timestamptz as the DateTime scalar writes it (`Date#toISOString`), computed by the database. */
export function isoInstant(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
