import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { operationCost } from './operation-buckets.js';
import { rateLimitHeaders, type BucketState, type RateDecision, type RateLimits } from './rate-limits.js';

type PolicyContext = Partial<Context> & { request?: Request };

/**
 * Counts every root field of every operation against the caller's API-key buckets. It hooks
 * execution rather than HTTP so that HTTP, SSE, WebSocket and the REST layer (which calls
 * yoga.fetch) share the same counters.
 */
export function useRateLimits(limits: RateLimits): Plugin<PolicyContext> {
  const statesByRequest = new WeakMap<Request, BucketState[]>();

  const refusal = (decision: RateDecision, contextValue: PolicyContext): ExecutionResult | null => {
    if (contextValue.request) statesByRequest.set(contextValue.request, decision.states);
    if (decision.allowed) return null;
    return {
      errors: [
        new GraphQLError(`Rate limit exceeded for ${decision.refused.join(', ')}; retry in ${decision.retryAfterSeconds} s`, {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfter: decision.retryAfterSeconds,
            // Only an HTTP response has a status and headers; a WebSocket client reads retryAfter.
            ...(contextValue.request
              ? { http: { status: 429, headers: { 'Retry-After': String(decision.retryAfterSeconds), ...rateLimitHeaders(decision.states) } } }
              : {}),
          },
        }),
      ],
    };
  };

  // Synchronous when the operation counts against no bucket (`{ __typename }`): a promise here turns
  // the rest of Yoga's pipeline, synchronous until then, into promises.
  const check = (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; contextValue: PolicyContext }, stop: (result: ExecutionResult) => void) => {
    const auth = args.contextValue.auth;
    if (!auth) return;
    const cost = operationCost(args.schema, args.document, args.operationName);
    if (Object.keys(cost).length === 0) return;
    return limits.consume(auth.apiKeyId, cost).then((decision) => {
      const refused = refusal(decision, args.contextValue);
      if (refused) stop(refused);
    });
  };

  return {
    onExecute({ args, setResultAndStopExecution }) {
      return check(args as never, setResultAndStopExecution);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      return check(args as never, setResultAndStopExecution);
    },
    onResponse({ request, response }) {
      const states = statesByRequest.get(request);
      if (!states) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(states))) response.headers.set(name, value);
    },
  };
}
