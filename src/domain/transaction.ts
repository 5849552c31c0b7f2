import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { storeIdempotentResult } from '../policy/idempotency.js';

export type Tx = Prisma.TransactionClient;

export interface AfterCommit {
  /** Runs once the transaction has committed (publishing events, waking workers). */
  afterCommit(effect: () => void): void;
}

/**
 * An interactive transaction whose side effects outside the database run only after commit,
 * so a subscriber never hears of a change that was rolled back. An idempotent request's record
 * commits with the first transaction it runs (src/policy/idempotency.ts).
 */
export async function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx, hooks: AfterCommit) => Promise<T>): Promise<T> {
  const effects: (() => void)[] = [];
  const result = await prisma.$transaction(async (tx) => {
    const value = await work(tx, { afterCommit: (effect) => effects.push(effect) });
    await storeIdempotentResult(tx, value);
    return value;
  }, {
    maxWait: 10_000,
    timeout: 30_000,
  });
  for (const effect of effects) effect();
  return result;
}
