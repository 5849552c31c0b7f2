import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** What the shared counter is asked for at once, as a share of the limit; a limit under 200 is counted exactly. */
const LEASE_SHARE = 0.01;
const MAX_LEASE = 100;
/** Within the last tenth of a window's budget every count goes to the shared counter. */
const EXACT_SHARE = 0.1;
const MAX_KEYS = 10_000;

interface Lease {
  /** Points taken from the shared counter and not spent yet. */
  left: number;
  /** The shared counter's window ends here; what is left then belonged to it. */
  expiresAt: number;
  /** The shared counter's remaining points when it last answered this instance. */
  sharedRemaining: number;
}

export interface CountingLimiter {
  /** Resolves with the caller's state, or rejects with it (a `RateLimiterRes`) when refused. */
  consume(key: string, points: number): Promise<RateLimiterRes>;
}

/**
 * A shared (Redis) counter asked once for many operations: an instance takes a lease of 1 % of a
 * large limit (at most 100 points) with the operation that finds its lease spent, one request
 * at a time per key, and spends it locally. Points are taken before they are spent, so the
 * instances together never allow more than the limit. In the last tenth of a window's budget
 * every operation is counted by the shared counter and an instance gives back what it holds, so
 * the limit is reached exactly; only an instance that took a lease before then and has not had
 * that lease's worth of traffic since still holds it.
 */
export function leased(limiter: RateLimiterAbstract, limit: number, now: () => number = Date.now): CountingLimiter {
  const size = Math.min(MAX_LEASE, Math.floor(limit * LEASE_SHARE));
  if (size < 2) return { consume: (key, points) => limiter.consume(key, points) };
  const leases = new Map<string, Lease>();
  const pending = new Map<string, Promise<unknown>>();

  const live = (key: string, at: number) => {
    const lease = leases.get(key);
    return lease && lease.expiresAt > at ? lease : undefined;
  };

  const view = (lease: Lease, at: number) => new RateLimiterRes(lease.sharedRemaining + lease.left, Math.max(0, lease.expiresAt - at));

  /** Records the shared counter's answer with the points this instance now holds beyond it. */
  const record = (key: string, held: number, answer: RateLimiterRes): Lease => {
    const at = now();
    const current = live(key, at);
    if (current) {
      current.left += held;
      current.sharedRemaining = Math.min(current.sharedRemaining, answer.remainingPoints);
      return current;
    }
    leases.delete(key);
    if (leases.size >= MAX_KEYS) leases.delete(leases.keys().next().value!);
    const fresh = { left: held, expiresAt: at + answer.msBeforeNext, sharedRemaining: answer.remainingPoints };
    leases.set(key, fresh);
    return fresh;
  };

  const exact = (lease: Lease | undefined) => (lease?.sharedRemaining ?? limit) < limit * EXACT_SHARE;

  /** Asks the shared counter for `need` points, and for a lease beside them unless counting exactly. */
  const ask = async (key: string, need: number, carried: number, withLease: boolean): Promise<RateLimiterRes> => {
    const asked = withLease ? need + size : need;
    try {
      return settle(key, asked - need, await limiter.consume(key, asked));
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      if (!withLease) {
        record(key, carried, refusal).sharedRemaining = 0;
        throw refusal;
      }
    }
    // The counter took the whole lease before refusing it: give it back, and count this operation alone.
    await limiter.reward(key, asked);
    return ask(key, need, carried, false);
  };

  const settle = async (key: string, held: number, answer: RateLimiterRes): Promise<RateLimiterRes> => {
    const lease = record(key, held, answer);
    const result = view(lease, now());
    if (exact(lease) && lease.left > 0) {
      const returned = lease.left;
      lease.left = 0;
      await limiter.reward(key, returned);
    }
    return result;
  };

  const consume = async (key: string, points: number): Promise<RateLimiterRes> => {
    let lease = live(key, now());
    // While another operation's lease request is in flight, wait for its lease rather than ask for one more.
    while (!(lease && lease.left >= points) && !exact(lease) && pending.has(key)) {
      await pending.get(key);
      lease = live(key, now());
    }
    if (lease && lease.left >= points) {
      lease.left -= points;
      return view(lease, now());
    }
    const carried = lease?.left ?? 0;
    if (lease) lease.left = 0;
    if (exact(lease)) return ask(key, points - carried, carried, false);
    const asking = ask(key, points - carried, carried, true);
    const settled: Promise<void> = asking.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      if (pending.get(key) === settled) pending.delete(key);
    });
    pending.set(key, settled);
    return asking;
  };

  return { consume };
}
