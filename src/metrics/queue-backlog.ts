import type { PrismaClient } from '../generated/prisma/client.js';

export interface BacklogRow {
  kind: string;
  state: 'waiting' | 'running';
  count: number;
  oldestAgeSeconds: number;
}

/** What the durable queue (pg-boss) holds now: the one query that knows the queue's table. */
export async function queueBacklog(prisma: PrismaClient): Promise<BacklogRow[]> {
  const rows = await prisma.$queryRaw<{ kind: string; state: 'waiting' | 'running'; count: bigint; oldest: number | null }[]>`
    SELECT name AS kind,
           CASE WHEN state = 'active' THEN 'running' ELSE 'waiting' END AS state,
           count(*) AS count,
           extract(epoch FROM now() - min(start_after) FILTER (WHERE start_after <= now()))::float8 AS oldest
      FROM pgboss.job
     WHERE state IN ('created', 'retry', 'active')
     GROUP BY 1, 2`;
  return rows.map((r) => ({ kind: r.kind, state: r.state, count: Number(r.count), oldestAgeSeconds: Math.max(0, r.oldest ?? 0) }));
}
