import type { PrismaClient } from '../generated/prisma/client.js';

export interface BacklogRow {
  kind: string;
  state: 'waiting' | 'running';
  count: number;
  oldestAgeSeconds: number;
}

/** What the durable queue holds now: the one query that knows the queue's table. */
export async function queueBacklog(prisma: PrismaClient): Promise<BacklogRow[]> {
  const rows = await prisma.$queryRaw<{ kind: string; state: 'waiting' | 'running'; count: bigint; oldest: number | null }[]>`
    SELECT kind::text AS kind,
           CASE WHEN status = 'RUNNING' AND "leaseUntil" > now() THEN 'running' ELSE 'waiting' END AS state,
           count(*) AS count,
           extract(epoch FROM now() - min("runAt") FILTER (WHERE "runAt" <= now()))::float8 AS oldest
      FROM "Job"
     WHERE status IN ('PENDING', 'RUNNING')
     GROUP BY 1, 2`;
  return rows.map((r) => ({ kind: r.kind, state: r.state, count: Number(r.count), oldestAgeSeconds: Math.max(0, r.oldest ?? 0) }));
}
