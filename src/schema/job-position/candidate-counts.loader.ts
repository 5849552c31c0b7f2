import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import type { CandidateStatus } from '../../generated/prisma/client.js';

export type StatusCounts = Partial<Record<CandidateStatus, number>>;

const loaders = new WeakMap<Context, DataLoader<string, StatusCounts>>();

/** Per-request batching: one GROUP BY answers the counts of every position on the page. */
export function candidateCountsLoader(ctx: Context): DataLoader<string, StatusCounts> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.prisma.candidate.groupBy({
        by: ['jobPositionId', 'status'],
        where: { jobPositionId: { in: [...ids] }, organizationId: ctx.auth.organizationId },
        _count: { _all: true },
      });
      const byPosition = new Map<string, StatusCounts>(ids.map((id) => [id, {}]));
      for (const row of rows) {
        const counts = row.jobPositionId ? byPosition.get(row.jobPositionId) : undefined;
        if (counts) counts[row.status] = row._count._all;
      }
      return ids.map((id) => byPosition.get(id) ?? {});
    });
    loaders.set(ctx, loader);
  }
  return loader;
}
