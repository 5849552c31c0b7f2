import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Context } from '../context.js';
import { IdempotencyKeyReusedError, ValidationError } from '../errors.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { canonicalJson, fromReplayable, toReplayable } from './replayable.js';

export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
export const MAX_KEY_LENGTH = 255;

/** The input field every idempotent mutation accepts besides the Idempotency-Key header. */
export type IdempotentInput = { idempotencyKey?: string | null };

function requestHash(operation: string, input: Record<string, unknown>): string {
  const { idempotencyKey: _ignored, ...payload } = input;
  return createHash('sha256').update(`${operation}\n${canonicalJson(payload)}`).digest('hex');
}

interface PendingClaim {
  apiKeyId: string;
  key: string;
  operation: string;
  hash: string;
  /** Set once the record has been written inside the effect's transaction. */
  stored: { result: unknown } | null;
}

const pendingClaim = new AsyncLocalStorage<PendingClaim>();
let claimsRunning = 0;

// On Node 20 a storage in use puts a hook on every promise of the process, slowing every request
// (test/bench/EXPERIMENTS.md): it is on only while an idempotent mutation runs.
async function withClaim<T>(claim: PendingClaim, run: () => Promise<T>): Promise<T> {
  claimsRunning += 1;
  try {
    return await pendingClaim.run(claim, run);
  } finally {
    claimsRunning -= 1;
    if (claimsRunning === 0) pendingClaim.disable();
  }
}

/**
 * Runs `run` at most once per (API key, Idempotency-Key). The record is written by
 * `storeIdempotentResult` inside the same transaction as the effect (src/domain/transaction.ts
 * calls it just before commit), so the effect and the stored answer commit together or not at
 * all: a crash can never let a key act twice. A concurrent twin blocks on the unique
 * (apiKeyId, key) index or on the row it changes, then finds the record and replays it; a failed
 * run stores nothing, so a corrected retry can act.
 */
export async function runIdempotent<T>(ctx: Context, operation: string, input: Record<string, unknown> & IdempotentInput, run: () => Promise<T>): Promise<T> {
  const key = ctx.idempotencyKey ?? input.idempotencyKey ?? null;
  if (key === null || key === '') return run();
  if (key.length > MAX_KEY_LENGTH) throw ValidationError.single(['idempotencyKey'], `must be at most ${MAX_KEY_LENGTH} characters`);
  const claim: PendingClaim = { apiKeyId: ctx.auth.apiKeyId, key, operation, hash: requestHash(operation, input), stored: null };
  const earlier = await storedAnswer(ctx.prisma, claim);
  if (earlier) return earlier.replay as T;
  let result: T;
  try {
    result = await withClaim(claim, run);
  } catch (error) {
    // The twin that got there first has committed by now: answer as it did.
    const twin = await storedAnswer(ctx.prisma, claim);
    if (twin) return twin.replay as T;
    throw error;
  }
  if (!claim.stored) {
    // An operation without a transaction of its own: record it on its own.
    await ctx.prisma.idempotencyRecord.create({ data: recordData(claim, result) });
  } else if (claim.stored.result !== result) {
    throw new Error(`${operation}: an idempotent mutation must return the result of its transaction, or its replay would differ`);
  }
  return result;
}

function recordData(claim: PendingClaim, result: unknown) {
  const now = Date.now();
  return {
    apiKeyId: claim.apiKeyId,
    key: claim.key,
    operation: claim.operation,
    requestHash: claim.hash,
    state: 'COMPLETED' as const,
    response: toReplayable(result) as Prisma.InputJsonValue,
    createdAt: new Date(now),
    completedAt: new Date(now),
    expiresAt: new Date(now + IDEMPOTENCY_RETENTION_MS),
  };
}

/** Called inside every domain transaction just before it commits; a no-op outside an idempotent request. */
export async function storeIdempotentResult(tx: Prisma.TransactionClient, result: unknown): Promise<void> {
  const claim = pendingClaim.getStore();
  if (!claim || claim.stored) return;
  await tx.idempotencyRecord.create({ data: recordData(claim, result) });
  claim.stored = { result };
}

async function storedAnswer(prisma: PrismaClient, claim: PendingClaim): Promise<{ replay: unknown } | null> {
  const existing = await prisma.idempotencyRecord.findUnique({ where: { apiKeyId_key: { apiKeyId: claim.apiKeyId, key: claim.key } } });
  if (!existing) return null;
  if (existing.expiresAt.getTime() <= Date.now() || existing.state !== 'COMPLETED') {
    await prisma.idempotencyRecord.deleteMany({ where: { id: existing.id } });
    return null;
  }
  if (existing.operation !== claim.operation || existing.requestHash !== claim.hash) throw new IdempotencyKeyReusedError(claim.key);
  return { replay: fromReplayable(existing.response) };
}

/** Forgets keys older than the retention period; run periodically by the app. */
export async function pruneIdempotencyRecords(prisma: PrismaClient, now = new Date()): Promise<number> {
  const { count } = await prisma.idempotencyRecord.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
