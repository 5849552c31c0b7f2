import { createHash, randomUUID } from 'node:crypto';
import type { Context } from '../context.js';
import { IdempotencyInProgressError, IdempotencyKeyReusedError, ValidationError } from '../errors.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { canonicalJson, fromReplayable, toReplayable } from './replayable.js';

export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Longer than any transaction may run (src/domain/transaction.ts): a claim this old was abandoned by a crash. */
const ABANDONED_AFTER_MS = 2 * 60 * 1000;
export const MAX_KEY_LENGTH = 255;

/** The input field every idempotent mutation accepts besides the Idempotency-Key header. */
export type IdempotentInput = { idempotencyKey?: string | null };

function requestHash(operation: string, input: Record<string, unknown>): string {
  const { idempotencyKey: _ignored, ...payload } = input;
  return createHash('sha256').update(`${operation}\n${canonicalJson(payload)}`).digest('hex');
}

/**
 * Runs `run` at most once per (API key, Idempotency-Key). The first caller claims the key by
 * inserting an IN_PROGRESS row (the unique (apiKeyId, key) index decides races); later callers
 * get the stored result, IDEMPOTENCY_IN_PROGRESS while the first still runs, or
 * IDEMPOTENCY_KEY_REUSED for another payload. A failed run releases the key, since its effect
 * did not happen and a retry must be allowed to make it happen.
 */
export async function withIdempotency<T>(ctx: Context, operation: string, input: Record<string, unknown> & IdempotentInput, run: () => Promise<T>): Promise<T> {
  const key = ctx.idempotencyKey ?? input.idempotencyKey ?? null;
  if (key === null || key === '') return run();
  if (key.length > MAX_KEY_LENGTH) throw ValidationError.single(['idempotencyKey'], `must be at most ${MAX_KEY_LENGTH} characters`);
  const { prisma } = ctx;
  const apiKeyId = ctx.auth.apiKeyId;
  const hash = requestHash(operation, input);

  const claimId = await claim(prisma, { apiKeyId, key, operation, hash });
  if (typeof claimId !== 'string') return claimId.replay as T;
  let result: T;
  try {
    result = await run();
  } catch (error) {
    await prisma.idempotencyRecord.deleteMany({ where: { id: claimId } });
    throw error;
  }
  await prisma.idempotencyRecord.update({
    where: { id: claimId },
    data: { state: 'COMPLETED', completedAt: new Date(), response: toReplayable(result) as Prisma.InputJsonValue },
  });
  return result;
}

async function claim(
  prisma: PrismaClient,
  request: { apiKeyId: string; key: string; operation: string; hash: string },
): Promise<string | { replay: unknown }> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const id = randomUUID();
    const now = Date.now();
    const inserted = await prisma.idempotencyRecord.createMany({
      data: [{ id, apiKeyId: request.apiKeyId, key: request.key, operation: request.operation, requestHash: request.hash, createdAt: new Date(now), expiresAt: new Date(now + IDEMPOTENCY_RETENTION_MS) }],
      skipDuplicates: true,
    });
    if (inserted.count === 1) return id;
    const existing = await prisma.idempotencyRecord.findUnique({ where: { apiKeyId_key: { apiKeyId: request.apiKeyId, key: request.key } } });
    if (!existing) continue;
    const abandoned = existing.state === 'IN_PROGRESS' && now - existing.createdAt.getTime() > ABANDONED_AFTER_MS;
    if (existing.expiresAt.getTime() <= now || abandoned) {
      await prisma.idempotencyRecord.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      continue;
    }
    if (existing.operation !== request.operation || existing.requestHash !== request.hash) throw new IdempotencyKeyReusedError(request.key);
    if (existing.state === 'IN_PROGRESS') throw new IdempotencyInProgressError(request.key);
    return { replay: fromReplayable(existing.response) };
  }
  throw new IdempotencyInProgressError(request.key);
}

/** Forgets keys older than the retention period; run periodically by the app. */
export async function pruneIdempotencyRecords(prisma: PrismaClient, now = new Date()): Promise<number> {
  const { count } = await prisma.idempotencyRecord.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
