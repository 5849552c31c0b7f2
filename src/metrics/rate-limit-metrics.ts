import type { RateLimits } from '../policy/rate-limits.js';
import type { Metrics } from './metrics.js';

/** The same limiter, counting each refused bucket: one place sees every refusal on every transport. */
export function countingRefusals(limits: RateLimits, metrics: Pick<Metrics, 'rateLimitRefusals'>): RateLimits {
  return {
    async consume(apiKeyId, cost) {
      const decision = await limits.consume(apiKeyId, cost);
      if (!decision.allowed) for (const bucket of decision.refused) metrics.rateLimitRefusals.inc({ bucket });
      return decision;
    },
    close: () => limits.close(),
    health: () => limits.health(),
  };
}
