import type { Context } from '../context.js';
import { apiKeyActor, type Actor } from '../domain/actor.js';
import { NotFoundError, type EntityType } from '../errors.js';
import { uuidOf } from './global-id.js';

export function actorOf(ctx: Context): Actor {
  return apiKeyActor(ctx.auth);
}

/** The uuid behind a global id, or NotFound: a malformed id and another tenant's id look alike. */
export function requireRef(globalId: string | number, typename: EntityType): string {
  const id = uuidOf(String(globalId), typename);
  if (!id) throw new NotFoundError(typename);
  return id;
}

/** A candidate reference as the domain takes it: an undecodable id is simply not found. */
export function candidateRef(input: { candidateId?: string | number | null; id?: string | number | null; jobPositionId?: string | number | null }) {
  const raw = input.candidateId ?? input.id;
  return {
    candidateId: raw == null ? null : uuidOf(String(raw), 'Candidate'),
    // A named position must match the candidate's; an undecodable one never does.
    jobPositionId: input.jobPositionId == null ? undefined : (uuidOf(String(input.jobPositionId), 'JobPosition') ?? '00000000-0000-0000-0000-000000000000'),
  };
}

/** Where-clause for reading one candidate of the caller's organization, optionally within a position; null when it cannot exist. */
export function candidateLookup(ctx: Context, args: { id: string | number; jobPositionId?: string | number | null }) {
  const { candidateId, jobPositionId } = candidateRef(args);
  if (!candidateId) return null;
  return { id: candidateId, organizationId: ctx.auth.organizationId, ...(jobPositionId === undefined ? {} : { jobPositionId }) };
}
