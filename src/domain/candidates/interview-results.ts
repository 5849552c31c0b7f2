import { z } from 'zod';
import type { AppServices } from '../../app-services.js';
import { SessionNotActiveError } from '../../errors.js';
import type { Actor } from '../actor.js';
import { inTransaction, type Tx } from '../transaction.js';
import { parseInput } from '../validate.js';
import { lockCandidate } from './find-candidate.js';
import { interviewCompletedEvent } from '../../webhooks/candidate-webhook-events.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';
import { check, transition } from './status-machine.js';

const score = z.number().int().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');
const steps = z.number().int().min(0).max(1000);

const progressSchema = z
  .object({ planId: z.string().trim().min(1).max(100).nullish(), totalSteps: steps, completedSteps: steps })
  .refine((p) => p.completedSteps <= p.totalSteps, { path: ['completedSteps'], message: 'cannot exceed totalSteps' });

const completionSchema = z.object({
  interviewScore: score,
  aiEvaluation: z.string().trim().max(20_000).nullish(),
  upsides: z.array(z.string().trim().min(1).max(500)).max(50).nullish(),
  shortcomings: z.array(z.string().trim().min(1).max(500)).max(50).nullish(),
});

async function liveSession(tx: Tx, candidateId: string) {
  const session = await tx.interviewSession.findFirst({ where: { candidateId }, orderBy: { createdAt: 'desc' } });
  if (!session) throw new SessionNotActiveError(null);
  const expired = session.expiresAt.getTime() <= Date.now();
  if (expired && (session.status === 'ACTIVE' || session.status === 'IN_PROGRESS')) {
    await tx.interviewSession.update({ where: { id: session.id }, data: { status: 'EXPIRED' } });
    throw new SessionNotActiveError('EXPIRED');
  }
  if (session.status !== 'ACTIVE' && session.status !== 'IN_PROGRESS') throw new SessionNotActiveError(session.status);
  return session;
}

/** The interview service reports plan steps as the candidate works through them (PeopleLens). */
export async function reportInterviewProgress(services: AppServices, actor: Actor, ref: { candidateId: string | null }, raw: unknown) {
  const input = parseInput(progressSchema, raw);
  return inTransaction(services.db.prisma, async (tx) => {
    const candidate = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    check(candidate.status, 'REPORT_PROGRESS', candidate);
    const session = await liveSession(tx, candidate.id);
    return tx.interviewSession.update({
      where: { id: session.id },
      data: { status: 'IN_PROGRESS', planId: input.planId ?? session.planId, totalSteps: input.totalSteps, completedSteps: input.completedSteps, startedAt: session.startedAt ?? new Date() },
    });
  });
}

/** The interview is over: scores and analysis are stored and the candidate becomes INTERVIEWED. */
export async function completeInterview(services: AppServices, actor: Actor, ref: { candidateId: string | null }, raw: unknown) {
  const input = parseInput(completionSchema, raw);
  return inTransaction(services.db.prisma, async (tx, hooks) => {
    const candidate = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    check(candidate.status, 'FINISH_INTERVIEW', candidate);
    const session = await liveSession(tx, candidate.id);
    const completed = await tx.interviewSession.update({
      where: { id: session.id },
      data: { status: 'COMPLETED', score: input.interviewScore, completedAt: new Date(), completedSteps: session.totalSteps, startedAt: session.startedAt ?? new Date() },
    });
    await emitWebhookEvent(tx, services.jobs, interviewCompletedEvent(candidate, completed));
    return transition({ tx, hooks, pubsub: services.pubsub, jobs: services.jobs }, {
      actor,
      candidate,
      event: 'FINISH_INTERVIEW',
      data: {
        interviewScore: input.interviewScore,
        aiEvaluation: input.aiEvaluation ?? null,
        upsides: input.upsides ?? [],
        shortcomings: input.shortcomings ?? [],
        analysisViewed: false,
      },
    });
  });
}
