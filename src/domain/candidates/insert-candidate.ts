import type { CvParseSource, Prisma } from '../../generated/prisma/client.js';
import type { Actor } from '../actor.js';
import type { CvInput } from './candidate-input.js';
import { recordCandidateEvent } from './candidate-events.js';
import { insertCvRows } from './cv-records.js';
import { normalizeEmail, rethrowUniqueEmail } from './dedupe.js';
import { searchKeywords } from './search-keywords.js';
import { initialStatus, type TransitionDeps } from './status-machine.js';
import { historyWebhookEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';

export type NewCandidate = Omit<Prisma.CandidateUncheckedCreateInput, 'organizationId' | 'emailNormalized' | 'searchKeywords' | 'cv' | 'email' | 'status'> & {
  email: string | null;
  cv?: { data: CvInput; source: CvParseSource } | null;
};

/**
 * Every way a candidate comes to exist (API, résumé) ends here: the normalized email, the
 * search keywords and the CREATED history entry are derived in this one place.
 */
export async function insertCandidate(deps: TransitionDeps, actor: Actor, row: NewCandidate) {
  const { tx, hooks, pubsub } = deps;
  const { cv, ...fields } = row;
  const candidate = await tx.candidate
    .create({
      data: {
        ...fields,
        organizationId: actor.organizationId,
        status: initialStatus(row),
        emailNormalized: normalizeEmail(row.email),
        searchKeywords: searchKeywords({ fullName: row.fullName, email: row.email, title: row.title, skills: cv?.data.skills }),
      },
    })
    .catch((error: unknown) => rethrowUniqueEmail(error, row.email));
  if (cv) await insertCvRows(tx, candidate.id, cv.data, cv.source);
  const record = await recordCandidateEvent(tx, hooks, pubsub, {
    actor,
    candidateId: candidate.id,
    jobPositionId: candidate.jobPositionId,
    type: 'CREATED',
    toStatus: candidate.status,
  });
  await emitWebhookEvent(tx, deps.jobs, historyWebhookEvent(record));
  return candidate;
}
