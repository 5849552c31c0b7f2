const GROWTH = 3;
const JITTER = 0.2;

/**
 * Delay before retry n (1-based): base·3^(n−1) — 5 s, 15 s, 45 s, … with the default base — with
 * ±20 % jitter so endpoints that failed together do not all come back in the same instant.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exact = baseMs * GROWTH ** Math.min(attempt - 1, 20);
  return Math.round(exact * (1 - JITTER + 2 * JITTER * random()));
}
