import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AppServices } from '../../app-services.js';
import type { Actor } from '../actor.js';
import { inTransaction } from '../transaction.js';
import { parseInput } from '../validate.js';
import { lockCandidate } from './find-candidate.js';
import { check, transition } from './status-machine.js';

export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

export const inviteSchema = z.object({
  emailSubject: z.string().trim().min(1).max(200, 'must be at most 200 characters').nullish(),
  emailBody: z.string().min(1).max(5000, 'must be at most 5000 characters').nullish(),
});

const DEFAULT_BODY = `Hi {firstName},

We would like to invite you to an interview{forPosition}.

Please open the link below to begin:
{interviewLink}

The link expires in 7 days.

Best regards,
The hiring team`;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(interviewLink|firstName|lastName|jobTitle|forPosition)\}/g, (_m, key: string) => values[key] ?? '');
}

/**
 * Celper: only a NEW candidate can be invited. Creates the 7-day interview session, moves the
 * candidate to INVITED and puts the invitation in the outbox — all in one transaction — and
 * returns before the email is sent.
 */
export async function inviteCandidate(
  services: AppServices,
  actor: Actor,
  ref: { candidateId: string | null; jobPositionId?: string | null },
  raw: unknown,
) {
  const input = parseInput(inviteSchema, raw);
  const result = await inTransaction(services.db.prisma, async (tx, hooks) => {
    const candidate = await lockCandidate(tx, { organizationId: actor.organizationId, ...ref });
    check(candidate.status, 'INVITE', candidate);
    const toAddress = candidate.email!;
    const position = candidate.jobPositionId ? await tx.jobPosition.findUnique({ where: { id: candidate.jobPositionId }, select: { title: true } }) : null;
    const now = Date.now();
    const session = await tx.interviewSession.create({
      data: {
        organizationId: actor.organizationId,
        candidateId: candidate.id,
        token: randomBytes(32).toString('base64url'),
        expiresAt: new Date(now + INVITATION_VALIDITY_MS),
      },
    });
    const interviewLink = `${services.config.INTERVIEW_BASE_URL.replace(/\/$/, '')}/${session.token}`;
    const values = {
      interviewLink,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      jobTitle: position?.title ?? '',
      forPosition: position ? ` for the ${position.title} position` : '',
    };
    let body = fill(input.emailBody ?? DEFAULT_BODY, values);
    // A custom body without the placeholder would leave the candidate with no way in.
    if (!body.includes(interviewLink)) body = `${body}\n\n${interviewLink}`;
    const email = await tx.emailMessage.create({
      data: {
        organizationId: actor.organizationId,
        candidateId: candidate.id,
        interviewId: session.id,
        toAddress,
        subject: fill(input.emailSubject ?? (position ? 'Your interview for {jobTitle}' : 'Your interview invitation'), values).slice(0, 200),
        body,
      },
    });
    await services.jobs.enqueue(tx, 'SEND_EMAIL', email.id);
    hooks.afterCommit(() => services.jobs.nudge());
    const updated = await transition({ tx, hooks, pubsub: services.pubsub, jobs: services.jobs }, { actor, candidate, event: 'INVITE' });
    return { candidate: updated, session, email };
  });
  return result;
}
