import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices } from './app-services.js';
import { authenticate, presentedKey, type Auth, type AuthFailure } from './auth/authenticate.js';
import type { Context } from './context.js';
import { schema } from './schema/index.js';

const AUTH_MESSAGES: Record<AuthFailure, string> = {
  missing: 'An API key is required: send it as X-API-Key or Authorization: Bearer',
  malformed: 'Invalid API key',
  unknown: 'Invalid API key',
  revoked: 'This API key has been revoked',
};

/** What the transport already knows: graphql-ws authenticates once per connection. */
export type ServerContext = { auth?: Auth; requestId?: string };
export type GatewayYoga = YogaServerInstance<ServerContext, Context>;

export function createGatewayYoga(services: AppServices): GatewayYoga {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: services.config.introspection,
    logging: services.logger.child({ component: 'yoga' }),
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const masked = defaultMaskError(error, message, isDev);
        if (masked instanceof GraphQLError && masked.extensions.code === undefined && masked.message === message) {
          services.logger.error({ err: error }, 'unexpected error');
          return new GraphQLError(message, { ...masked, extensions: { ...masked.extensions, code: 'INTERNAL' } });
        }
        return masked;
      },
    },
    context: async ({ request, requestId, auth }): Promise<Context> => {
      const base = { prisma: services.db.prisma, requestId: requestId ?? randomUUID(), services };
      if (auth) return { ...base, auth, idempotencyKey: null };
      const result = await authenticate(services.db.prisma, presentedKey(request.headers));
      if (!result.ok) {
        throw new GraphQLError(AUTH_MESSAGES[result.reason], {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
        });
      }
      return { ...base, auth: result.auth, idempotencyKey: request.headers.get('idempotency-key') };
    },
  });
}
