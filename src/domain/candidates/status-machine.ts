import { ActiveSessionError, AnalysisNotViewedError, InvalidStatusError, ValidationError } from '../../errors.js';
import type { Candidate, CandidateStatus, Prisma } from '../../generated/prisma/client.js';
import type { GatewayPubSub } from '../../pubsub.js';
import type { Actor } from '../actor.js';
import type { AfterCommit, Tx } from '../transaction.js';
import { recordCandidateEvent } from './candidate-events.js';
import type { JobQueue } from '../../jobs/job-queue.js';
import { historyWebhookEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';

// The candidate lifecycle, in one table. Every status change in the gateway (API, REST dialects,
// résumé worker, CLI import) goes through `transition()` below; nothing else writes `status`.
//
//   PENDING ──COMPLETE──► NEW ──INVITE──► INVITED ──FINISH_INTERVIEW──► INTERVIEWED ──SELECT──► SELECTED
//                                          │                                        └──REJECT──► REJECTED
//                                          └──REPORT_PROGRESS (stays INVITED)

export const CANDIDATE_STATUSES = ['PENDING', 'NEW', 'INVITED', 'INTERVIEWED', 'SELECTED', 'REJECTED'] as const satisfies readonly CandidateStatus[];

export const CANDIDATE_EVENTS = ['COMPLETE', 'INVITE', 'REPORT_PROGRESS', 'FINISH_INTERVIEW', 'SELECT', 'REJECT', 'DELETE'] as const;
export type CandidateEvent = (typeof CANDIDATE_EVENTS)[number];

/** What the guards look at; the caller loads only what its event needs. */
export interface CandidateFacts {
  email: string | null;
  analysisViewed: boolean;
  /** The id of an interview session that is still usable, if any. */
  liveSessionId?: string | null;
  /** DELETE with force cancels a live session instead of being refused. */
  force?: boolean;
}

type Guard = (facts: CandidateFacts, action: string) => void;

const hasEmail: Guard = (facts) => {
  if (!facts.email) throw ValidationError.single(['email'], 'the candidate has no email address: add one first');
};
const analysisViewed: Guard = (facts, action) => {
  if (!facts.analysisViewed) throw new AnalysisNotViewedError(action);
};
const noLiveSessionUnlessForced: Guard = (facts) => {
  if (facts.liveSessionId && !facts.force) throw new ActiveSessionError(facts.liveSessionId);
};

interface Rule {
  from: readonly CandidateStatus[];
  /** `null`: the status does not change (a check only); DELETE removes the candidate. */
  to: CandidateStatus | null;
  guards: readonly Guard[];
  /** The verb used in error messages: "Cannot invite a candidate with status …". */
  action: string;
}

export const TRANSITIONS: Record<CandidateEvent, Rule> = {
  COMPLETE: { from: ['PENDING'], to: 'NEW', guards: [hasEmail], action: 'complete' },
  INVITE: { from: ['NEW'], to: 'INVITED', guards: [hasEmail], action: 'invite' },
  REPORT_PROGRESS: { from: ['INVITED'], to: null, guards: [], action: 'report interview progress for' },
  FINISH_INTERVIEW: { from: ['INVITED'], to: 'INTERVIEWED', guards: [], action: 'complete the interview of' },
  SELECT: { from: ['INTERVIEWED'], to: 'SELECTED', guards: [analysisViewed], action: 'select' },
  REJECT: { from: ['INTERVIEWED'], to: 'REJECTED', guards: [analysisViewed], action: 'reject' },
  DELETE: { from: CANDIDATE_STATUSES, to: null, guards: [noLiveSessionUnlessForced], action: 'delete' },
};

/** The statuses from which `event` may happen: what an InvalidStatusError lists. */
export function allowedStatuses(event: CandidateEvent): CandidateStatus[] {
  return [...TRANSITIONS[event].from];
}

/** The events a candidate in `status` can take next, for clients that want to offer actions. */
export function nextEvents(status: CandidateStatus): CandidateEvent[] {
  return CANDIDATE_EVENTS.filter((event) => TRANSITIONS[event].from.includes(status));
}

/** The status a new candidate starts in: without an email it is PENDING, awaiting completion. */
export function initialStatus(facts: { email: string | null }): CandidateStatus {
  return facts.email ? 'NEW' : 'PENDING';
}

/**
 * Validates `event` for a candidate and returns the status it leads to (the same status for a
 * check-only event). Throws InvalidStatusError or the failing guard's error; changes nothing.
 */
export function check(status: CandidateStatus, event: CandidateEvent, facts: CandidateFacts): CandidateStatus {
  const rule = TRANSITIONS[event];
  if (!rule.from.includes(status)) throw new InvalidStatusError(status, allowedStatuses(event), rule.action);
  for (const guard of rule.guards) guard(facts, rule.action);
  return rule.to ?? status;
}

export interface TransitionDeps {
  tx: Tx;
  hooks: AfterCommit;
  pubsub: GatewayPubSub;
  /** Webhook deliveries are enqueued in the same transaction as the change they announce. */
  jobs: JobQueue;
}

/**
 * The one way a candidate's status changes: checks the table and guards against the locked row,
 * writes the new status (with any data the event carries) and records the history entry, all in
 * the caller's transaction. A check-only event writes only `data`, and no history.
 */
export async function transition(
  deps: TransitionDeps,
  input: {
    actor: Actor;
    candidate: Candidate;
    event: CandidateEvent;
    facts?: Partial<CandidateFacts>;
    reason?: string | null;
    data?: Prisma.CandidateUpdateInput;
  },
): Promise<Candidate> {
  const { candidate } = input;
  const to = check(candidate.status, input.event, { email: candidate.email, analysisViewed: candidate.analysisViewed, ...input.facts });
  if (input.event === 'DELETE') throw new Error('DELETE is checked with check(); deleteCandidate removes the row');
  if (to === candidate.status) {
    return input.data ? deps.tx.candidate.update({ where: { id: candidate.id }, data: input.data }) : candidate;
  }
  const updated = await deps.tx.candidate.update({ where: { id: candidate.id }, data: { ...input.data, status: to } });
  const record = await recordCandidateEvent(deps.tx, deps.hooks, deps.pubsub, {
    actor: input.actor,
    candidateId: candidate.id,
    jobPositionId: candidate.jobPositionId,
    type: 'STATUS_CHANGED',
    fromStatus: candidate.status,
    toStatus: to,
    reason: input.reason ?? null,
  });
  await emitWebhookEvent(deps.tx, deps.jobs, historyWebhookEvent(record));
  return updated;
}

/**
 * A PENDING candidate that has just been given an email is complete: it moves to NEW. Called by
 * every write that can set an email (update, résumé, import).
 */
export async function completeIfReady(deps: TransitionDeps, actor: Actor, candidate: Candidate): Promise<Candidate> {
  if (candidate.status !== 'PENDING' || !candidate.email) return candidate;
  return transition(deps, { actor, candidate, event: 'COMPLETE', reason: 'email added' });
}
