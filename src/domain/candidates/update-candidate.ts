import type { AppServices } from '../../app-services.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { parseInput } from '../validate.js';
import { joinName, splitFullName, updateCandidateSchema } from './candidate-input.js';
import { cvCreateData } from './cv-records.js';
import { assertEmailFree, normalizeEmail, rethrowUniqueEmail } from './dedupe.js';
import { lockCandidate } from './find-candidate.js';
import { searchKeywords } from './search-keywords.js';
import { candidateUpdatedEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';
import { completeIfReady } from './status-machine.js';

/**
 * Celper and Round0 semantics: only the fields present change; `null` clears a clearable field;
 * `cv` replaces the whole CV and `cv: null` removes it. Search keywords follow the name,
 * email, title and skills.
 */
export async function updateCandidate(
  services: AppServices,
  actor: Actor,
  ref: { candidateId: string | null; jobPositionId?: string | null },
  raw: unknown,
) {
  const input = parseInput(updateCandidateSchema, raw);
  return inTransaction(services.db.prisma, async (tx, hooks) => {
    const current = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    const data: Prisma.CandidateUpdateInput = {};
    let { firstName, lastName, fullName } = current;
    if (input.fullName !== undefined) {
      fullName = input.fullName;
      ({ firstName, lastName } = splitFullName(fullName));
    }
    if (input.firstName !== undefined) firstName = input.firstName;
    if (input.lastName !== undefined) lastName = input.lastName;
    if (input.fullName === undefined && (input.firstName !== undefined || input.lastName !== undefined)) fullName = joinName(firstName, lastName);
    Object.assign(data, { firstName, lastName, fullName });
    if (input.email !== undefined) {
      await assertEmailFree(tx, { jobPositionId: current.jobPositionId, email: input.email, exceptCandidateId: current.id });
      data.email = input.email;
      data.emailNormalized = normalizeEmail(input.email);
    }
    for (const field of ['phone', 'title', 'notes', 'externalId'] as const) {
      if (input[field] !== undefined) data[field] = input[field];
    }
    if (input.metadata !== undefined) data.metadata = input.metadata as object;
    if (input.cv !== undefined) {
      await tx.candidateCv.deleteMany({ where: { candidateId: current.id } });
      if (input.cv) data.cv = { create: cvCreateData(input.cv, 'MANUAL') };
      data.importedWithoutCv = !input.cv;
    }
    const skills =
      input.cv !== undefined
        ? (input.cv?.skills ?? [])
        : await tx.candidateSkill.findMany({ where: { cv: { candidateId: current.id } }, select: { name: true } });
    data.searchKeywords = searchKeywords({
      fullName,
      email: input.email !== undefined ? input.email : current.email,
      title: input.title !== undefined ? input.title : current.title,
      skills,
    });
    const email = typeof data.email === 'string' ? data.email : null;
    const updated = await tx.candidate.update({ where: { id: current.id }, data }).catch((error: unknown) => rethrowUniqueEmail(error, email));
    await emitWebhookEvent(tx, services.jobs, candidateUpdatedEvent(updated, Object.entries(input).flatMap(([field, value]) => (value === undefined ? [] : [field]))));
    return completeIfReady({ tx, hooks, pubsub: services.pubsub, jobs: services.jobs }, actor, updated);
  });
}
