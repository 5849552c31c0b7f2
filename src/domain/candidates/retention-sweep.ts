import type { AppServices } from '../../app-services.js';
import { recordAudit } from '../../policy/audit-log.js';
import { systemActor } from '../actor.js';
import { eraseCandidate } from './erase-candidate.js';

const BATCH = 100;
const SWEEPER = 'retention sweep';

/**
 * Erases the candidates of every organization with a retention period whose last update is older
 * than that period. Safe on many instances at once: erasure locks the row and is idempotent.
 */
export async function sweepRetention(services: Pick<AppServices, 'db' | 'logger' | 'jobs'>, now = new Date()): Promise<number> {
  const { prisma } = services.db;
  const organizations = await prisma.organization.findMany({ where: { candidateRetentionDays: { not: null } }, select: { id: true, candidateRetentionDays: true } });
  let erased = 0;
  for (const organization of organizations) {
    const cutoff = new Date(now.getTime() - organization.candidateRetentionDays! * 86_400_000);
    for (;;) {
      const due = await prisma.candidate.findMany({
        where: { organizationId: organization.id, erasedAt: null, updatedAt: { lt: cutoff } },
        select: { id: true },
        take: BATCH,
      });
      for (const candidate of due) {
        const result = await eraseCandidate(services, systemActor(organization.id, SWEEPER), { candidateId: candidate.id });
        if (!result.erasedNow) continue;
        erased += 1;
        recordAudit(services, {
          organizationId: organization.id,
          action: 'candidate.erase',
          targetType: 'Candidate',
          targetId: candidate.id,
          result: 'SUCCESS',
          detail: { by: SWEEPER, retentionDays: organization.candidateRetentionDays },
        });
      }
      if (due.length < BATCH) break;
    }
  }
  return erased;
}

/** Runs the sweep on a timer; `stop` waits for a sweep in progress so the database is not closed under it. */
export function startRetentionSweep(services: Pick<AppServices, 'db' | 'logger' | 'jobs'>, intervalMs: number) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = sweepRetention(services)
      .then((count) => count > 0 && services.logger.info({ erased: count }, 'retention sweep erased candidates'))
      .catch((error: unknown) => services.logger.warn({ err: error }, 'retention sweep failed'));
  }, intervalMs).unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
