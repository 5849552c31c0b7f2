import type { AppServices } from '../../app-services.js';
import { NotFoundError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { parseInput } from '../validate.js';
import { createCandidateSchema, joinName, splitFullName } from './candidate-input.js';
import { assertEmailFree } from './dedupe.js';
import { insertCandidate } from './insert-candidate.js';

export async function createCandidate(services: AppServices, actor: Actor, raw: unknown) {
  const input = parseInput(createCandidateSchema, raw);
  const { prisma } = services.db;
  const [firstName, lastName, fullName] = input.fullName
    ? [input.firstName ?? splitFullName(input.fullName).firstName, input.lastName ?? splitFullName(input.fullName).lastName, input.fullName]
    : [input.firstName ?? '', input.lastName ?? '', joinName(input.firstName ?? '', input.lastName ?? '')];
  const email = input.email ?? null;
  return inTransaction(prisma, async (tx, hooks) => {
    if (input.jobPositionId) {
      const position = await tx.jobPosition.findFirst({ where: { id: input.jobPositionId, organizationId: actor.organizationId }, select: { id: true } });
      if (!position) throw new NotFoundError('JobPosition');
    }
    if (input.ownerId) {
      const owner = await tx.user.findFirst({ where: { id: input.ownerId, organizationId: actor.organizationId }, select: { id: true } });
      if (!owner) throw new NotFoundError('User');
    }
    await assertEmailFree(tx, { jobPositionId: input.jobPositionId ?? null, email });
    return insertCandidate({ tx, hooks, pubsub: services.pubsub, jobs: services.jobs }, actor, {
      jobPositionId: input.jobPositionId ?? null,
      ownerId: input.ownerId ?? null,
      firstName,
      lastName,
      fullName,
      email,
      phone: input.phone ?? null,
      title: input.title ?? null,
      notes: input.notes ?? null,
      externalId: input.externalId ?? null,
      metadata: (input.metadata ?? {}) as object,
      importSource: input.importSource ?? 'api',
      importedWithoutCv: !input.cv,
      cv: input.cv ? { data: input.cv, source: 'MANUAL' } : null,
    });
  });
}
