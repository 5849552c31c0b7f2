import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices } from './app-services.js';
import { authenticate, presentedKey, type Auth, type AuthFailure } from './auth/authenticate.js';
import type { Context } from './context.js';
import { tenantScoped } from './domain/tenant-scope.js';
import { graphiqlOptions, renderOfflineGraphiQL } from './graphiql.js';
import { useGraphQLMetrics } from './metrics/graphql-metrics.plugin.js';
import { auditAuthFailures } from './policy/audit-log.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { useExecutionTimeout } from './policy/execution-timeout.plugin.js';
import { useInputGuard } from './policy/input-guard.plugin.js';
import { useSubscriptionCaps } from './policy/subscription-caps.plugin.js';
import { useGraphQLLimits } from './policy/graphql-limits.js';
import { useRateLimits } from './policy/rate-limit.plugin.js';
import { useReadPlans } from './read-plan/read-plan.plugin.js';
import { useSharedEventExecution } from './subscriptions/shared-event-execution.plugin.js';
import { schema } from './schema/index.js';
import type { SubscriberScope } from './subscriptions/subscriber-scope.js';

const AUTH_MESSAGES: Record<AuthFailure, string> = {
  missing: 'An API key is required: send it as X-API-Key or Authorization: Bearer',
  malformed: 'Invalid API key',
  unknown: 'Invalid API key',
  revoked: 'This API key has been revoked',
};

/** Retry later: the answer to every operation while the database cannot be reached, on every transport. */
function databaseUnavailable(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('The database is temporarily unavailable; retry shortly', {
    extensions: { code: 'UNAVAILABLE', http: { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } } },
  });
}

/** What the transport already knows: graphql-ws authenticates once per connection. */
export type ServerContext = { auth?: Auth; requestId?: string; ip?: string | null; subscriber?: SubscriberScope };
export type GatewayYoga = YogaServerInstance<ServerContext, Context>;

export function createGatewayYoga(services: AppServices): GatewayYoga {
  const auditAuthFailure = auditAuthFailures(services);
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // The HTTP edge (src/http/body-limit.ts) already limits every body by route; Yoga's own check would
    // stream each body through a TransformStream and a pipeline per request again.
    maxRequestBodySize: false,
    graphiql: services.config.introspection ? graphiqlOptions : false,
    renderGraphiQL: renderOfflineGraphiQL,
    plugins: [
      // Both API-key headers make a browser preflight, so they prove a request is not a CSRF as well as Yoga's own header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'x-api-key', 'authorization'] }),
      ...useGraphQLLimits({ introspection: services.config.introspection }),
      useInputGuard(services.config.MAX_STRING_LENGTH),
      useSubscriptionCaps(services.config.MAX_SUBSCRIPTIONS_PER_KEY),
      useRateLimits(services.rateLimits),
      // Before the timeout, which then bounds a compiled read as it bounds the executor.
      useReadPlans(() => services.config.READ_PLANS === 'on'),
      useExecutionTimeout(services.config.EXECUTION_TIMEOUT_MS),
      useSharedEventExecution(),
      ...useGraphQLMetrics(services.metrics),
    ],
    logging: services.logger.child({ component: 'yoga' }),
    maskedErrors: {
      maskError: (error, message, isDev) => {
        if (isDatabaseUnavailable(error)) {
          services.logger.warn({ err: error }, 'database unavailable');
          return databaseUnavailable(services.config.UNAVAILABLE_RETRY_AFTER_S);
        }
        const masked = defaultMaskError(error, message, isDev);
        if (masked instanceof GraphQLError && masked.message === message) {
          services.logger.error({ err: error }, 'unexpected error');
          return new GraphQLError(message, { nodes: masked.nodes, path: masked.path, extensions: { code: 'INTERNAL' } });
        }
        return masked;
      },
    },
    context: async ({ request, requestId, auth, ip, subscriber }): Promise<Context> => {
      const base = { requestId: requestId ?? randomUUID(), services, ip: ip ?? null, subscriber: subscriber ?? null };
      // Every resolver reads and writes through the caller's tenant (src/domain/tenant-scope.ts).
      if (auth) return { ...base, prisma: tenantScoped(services.db.prisma, auth.organizationId), auth, idempotencyKey: null };
      const result = await authenticate(services.db.prisma, presentedKey(request.headers), services.apiKeys);
      if (!result.ok) {
        auditAuthFailure({ reason: result.reason, keyPrefix: result.keyPrefix, requestId: base.requestId, ip: base.ip });
        throw new GraphQLError(AUTH_MESSAGES[result.reason], {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
        });
      }
      return { ...base, prisma: tenantScoped(services.db.prisma, result.auth.organizationId), auth: result.auth, idempotencyKey: request.headers.get('idempotency-key') };
    },
  });
}
