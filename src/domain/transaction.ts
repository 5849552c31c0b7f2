import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

export type Tx = Prisma.TransactionClient;

export interface AfterCommit {
  /** Runs once the transaction has committed (publishing events, waking workers). */
  afterCommit(effect: () => void): void;
}

/**
 * An interactive transaction whose side effects outside the database run only after commit,
 * so a subscriber never hears of a change that was rolled back.
 */
export async function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx, hooks: AfterCommit) => Promise<T>): Promise<T> {
  const effects: (() => void)[] = [];
  const result = await prisma.$transaction((tx) => work(tx, { afterCommit: (effect) => effects.push(effect) }), {
    maxWait: 10_000,
    timeout: 30_000,
  });
  for (const effect of effects) effect();
  return result;
}
