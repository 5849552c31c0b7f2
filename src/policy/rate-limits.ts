import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createResilientRedis } from '../redis/resilient-redis.js';
import { leased, type CountingLimiter } from './leased-limiter.js';
import { BUCKETS, bucketLimits, type Bucket } from './operation-buckets.js';

export interface BucketState {
  bucket: Bucket;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

export type RateDecision = { allowed: true; states: BucketState[] } | { allowed: false; states: BucketState[]; refused: Bucket[]; retryAfterSeconds: number };

export interface RateLimits {
  /** Charges `cost` operations to the caller's buckets; refused as a whole if any bucket is over. */
  consume(apiKeyId: string, cost: Partial<Record<Bucket, number>>): Promise<RateDecision>;
  /** `memory` without REDIS_URL; `degraded` while Redis is unreachable (each instance then limits alone). */
  health(): 'memory' | 'ok' | 'degraded';
  close(): Promise<void>;
}

export function createRateLimits(config: Config, logger: Logger): RateLimits {
  const limits = bucketLimits(config);
  const duration = config.RATE_LIMIT_WINDOW_S;
  // No offline queue: while Redis is away a count fails at once and the insurance limiter answers.
  const connection = config.REDIS_URL ? createResilientRedis(config.REDIS_URL, 'rate-limits', logger, { enableOfflineQueue: false, maxRetriesPerRequest: 0 }) : null;
  const redis = connection?.client ?? null;
  const limiters = Object.fromEntries(
    BUCKETS.map((bucket) => {
      const options = { keyPrefix: `${config.RATE_LIMIT_PREFIX}:${bucket}`, points: limits[bucket], duration };
      // While Redis is unreachable each instance keeps limiting on its own rather than failing open.
      const limiter: CountingLimiter = redis
        ? leased(new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) }), limits[bucket])
        : new RateLimiterMemory(options);
      return [bucket, limiter];
    }),
  ) as Record<Bucket, CountingLimiter>;

  const stateOf = (bucket: Bucket, res: RateLimiterRes): BucketState => ({
    bucket,
    limit: limits[bucket],
    windowSeconds: duration,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(0, Math.ceil(res.msBeforeNext / 1000)),
  });

  return {
    async consume(apiKeyId, cost) {
      const charged = BUCKETS.filter((bucket) => (cost[bucket] ?? 0) > 0);
      const outcomes = await Promise.all(
        charged.map(async (bucket) => {
          try {
            return { ok: true, state: stateOf(bucket, await limiters[bucket].consume(apiKeyId, cost[bucket]!)) };
          } catch (error) {
            if (error instanceof RateLimiterRes) return { ok: false, state: stateOf(bucket, error) };
            throw error;
          }
        }),
      );
      const states = outcomes.map((o) => o.state);
      const refused = outcomes.filter((o) => !o.ok);
      if (refused.length === 0) return { allowed: true, states };
      return { allowed: false, states, refused: refused.map((o) => o.state.bucket), retryAfterSeconds: Math.max(1, ...refused.map((o) => o.state.resetSeconds)) };
    },
    health: () => connection?.health() ?? 'memory',
    async close() {
      await connection?.close();
    },
  };
}

// IETF httpapi-ratelimit-headers (draft 9): one list member per bucket the request touched.
export function rateLimitHeaders(states: BucketState[]): Record<string, string> {
  if (states.length === 0) return {};
  return {
    'RateLimit-Policy': states.map((s) => `"${s.bucket}";q=${s.limit};w=${s.windowSeconds}`).join(', '),
    RateLimit: states.map((s) => `"${s.bucket}";r=${s.remaining};t=${s.resetSeconds}`).join(', '),
  };
}
