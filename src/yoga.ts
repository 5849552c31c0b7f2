import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices } from './app-services.js';
import { authenticate, presentedKey, type Auth, type AuthFailure } from './auth/authenticate.js';
import type { Context } from './context.js';
import { auditAuthFailures } from './policy/audit-log.js';
import { useExecutionTimeout } from './policy/execution-timeout.plugin.js';
import { useGraphQLLimits } from './policy/graphql-limits.js';
import { useRateLimits } from './policy/rate-limit.plugin.js';
import { schema } from './schema/index.js';

const AUTH_MESSAGES: Record<AuthFailure, string> = {
  missing: 'An API key is required: send it as X-API-Key or Authorization: Bearer',
  malformed: 'Invalid API key',
  unknown: 'Invalid API key',
  revoked: 'This API key has been revoked',
};

/** What the transport already knows: graphql-ws authenticates once per connection. */
export type ServerContext = { auth?: Auth; requestId?: string; ip?: string | null };
export type GatewayYoga = YogaServerInstance<ServerContext, Context>;

export function createGatewayYoga(services: AppServices): GatewayYoga {
  const auditAuthFailure = auditAuthFailures(services);
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: services.config.introspection,
    plugins: [
      // Both API-key headers make a browser preflight, so they prove a request is not a CSRF as well as Yoga's own header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'x-api-key', 'authorization'] }),
      ...useGraphQLLimits({ introspection: services.config.introspection }),
      useRateLimits(services.rateLimits),
      useExecutionTimeout(services.config.EXECUTION_TIMEOUT_MS),
    ],
    logging: services.logger.child({ component: 'yoga' }),
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const masked = defaultMaskError(error, message, isDev);
        if (masked instanceof GraphQLError && masked.message === message) {
          services.logger.error({ err: error }, 'unexpected error');
          return new GraphQLError(message, { nodes: masked.nodes, path: masked.path, extensions: { code: 'INTERNAL' } });
        }
        return masked;
      },
    },
    context: async ({ request, requestId, auth, ip }): Promise<Context> => {
      const base = { prisma: services.db.prisma, requestId: requestId ?? randomUUID(), services, ip: ip ?? null };
      if (auth) return { ...base, auth, idempotencyKey: null };
      const result = await authenticate(services.db.prisma, presentedKey(request.headers), services.apiKeys);
      if (!result.ok) {
        auditAuthFailure({ reason: result.reason, keyPrefix: result.keyPrefix, requestId: base.requestId, ip: base.ip });
        throw new GraphQLError(AUTH_MESSAGES[result.reason], {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
        });
      }
      return { ...base, auth: result.auth, idempotencyKey: request.headers.get('idempotency-key') };
    },
  });
}
