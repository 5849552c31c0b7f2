import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { operationCost } from './operation-buckets.js';
import { rateLimitHeaders, type BucketState, type RateLimits } from './rate-limits.js';

type PolicyContext = Partial<Context> & { request?: Request };

/**
 * Counts every root field of every operation against the caller's API-key buckets. It hooks
 * execution rather than HTTP so that HTTP, SSE, WebSocket and the REST layer (which calls
 * yoga.fetch) share the same counters.
 */
export function useRateLimits(limits: RateLimits): Plugin<PolicyContext> {
  const statesByRequest = new WeakMap<Request, BucketState[]>();

  const check = async (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; contextValue: PolicyContext }) => {
    const auth = args.contextValue.auth;
    if (!auth) return null;
    const decision = await limits.consume(auth.apiKeyId, operationCost(args.schema, args.document, args.operationName));
    if (args.contextValue.request) statesByRequest.set(args.contextValue.request, decision.states);
    if (decision.allowed) return null;
    return {
      errors: [
        new GraphQLError(`Rate limit exceeded for ${decision.refused.join(', ')}; retry in ${decision.retryAfterSeconds} s`, {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfter: decision.retryAfterSeconds,
            // Only an HTTP response has a status and headers; a WebSocket client reads retryAfter.
            ...(args.contextValue.request
              ? { http: { status: 429, headers: { 'Retry-After': String(decision.retryAfterSeconds), ...rateLimitHeaders(decision.states) } } }
              : {}),
          },
        }),
      ],
    };
  };

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const refusal = await check(args as never);
      if (refusal) setResultAndStopExecution(refusal);
    },
    async onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = await check(args as never);
      if (refusal) setResultAndStopExecution(refusal);
    },
    onResponse({ request, response }) {
      const states = statesByRequest.get(request);
      if (!states) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(states))) response.headers.set(name, value);
    },
  };
}
