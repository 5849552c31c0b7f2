import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, type DocumentNode, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AppServices } from './app-services.js';
import { authenticate } from './auth/authenticate.js';
import type { Context } from './context.js';
import { auditAuthFailures } from './policy/audit-log.js';
import { watchKeyRevocation } from './policy/key-revocation.js';
import { leavingScope, SUBSCRIBER_TOO_SLOW, type SubscriberScope } from './subscriptions/subscriber-scope.js';
import type { GatewayYoga } from './yoga.js';

type ConnectionContext = { auth?: Context['auth'] };
type EnvelopedRoot = { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown; guard: <T>(result: T) => T };

/** Close codes of this gateway (4000-4399; graphql-ws keeps 4400-4499 for the protocol). */
export const WS_CLOSE = { SUBSCRIBER_TOO_SLOW: 4008, TOO_MANY_CONNECTIONS: 4029 } as const;
const FAREWELL_MS = 2_000;

function bearer(value: unknown): string | null {
  return typeof value === 'string' ? (/^Bearer\s+(\S+)$/i.exec(value.trim())?.[1] ?? null) : null;
}

function keyIn(source: Readonly<Record<string, unknown>> | undefined): string | null {
  if (!source) return null;
  const direct = source['X-API-Key'] ?? source['x-api-key'] ?? source.apiKey;
  if (typeof direct === 'string' && direct) return direct;
  const fromAuthorization = bearer(source.Authorization ?? source.authorization);
  if (fromAuthorization) return fromAuthorization;
  // Apollo-style clients send `authToken`, with or without the Bearer prefix.
  const token = source.authToken;
  return typeof token === 'string' && token ? (bearer(token) ?? token.trim()) : null;
}

/**
 * The key from connectionParams, flat (`{ "X-API-Key" }`, `{ apiKey }`, `{ Authorization }`,
 * `{ authToken }`) or nested the way many clients send HTTP headers (`{ headers: { … } }`),
 * else from the upgrade request's own headers.
 */
function keyFromParams(params: Readonly<Record<string, unknown>> | undefined, headers: Record<string, string | string[] | undefined>): string | null {
  const nested = params?.headers;
  const fromParams = keyIn(params) ?? (nested && typeof nested === 'object' && !Array.isArray(nested) ? keyIn(nested as Record<string, unknown>) : null);
  if (fromParams) return fromParams;
  const fromUpgrade = bearer(headers.authorization);
  if (fromUpgrade) return fromUpgrade;
  const header = headers['x-api-key'];
  return typeof header === 'string' && header ? header : null;
}

/**
 * A subscriber that fell behind closes its whole socket: the client learns why from the close
 * code, which it can only read behind whatever the server already sent. graphql-ws waits for
 * each message to be written before it takes the next event, so a stalled socket holds at most
 * one unsent message per subscription. The farewell goes on while that backlog shrinks; a client
 * that reads nothing for FAREWELL_MS loses the connection (ws itself caps the handshake at 30 s).
 */
function socketScope(socket: import('ws').WebSocket): SubscriberScope {
  return {
    disconnect() {
      socket.close(WS_CLOSE.SUBSCRIBER_TOO_SLOW, SUBSCRIBER_TOO_SLOW);
      let backlog = socket.bufferedAmount;
      const watch = setInterval(() => {
        const left = socket.bufferedAmount;
        if (left > 0 && left < backlog) return void (backlog = left);
        // Nothing left here means the close frame is with the kernel, which delivers it after a terminate too.
        clearInterval(watch);
        socket.terminate();
      }, FAREWELL_MS).unref();
      socket.once('close', () => clearInterval(watch));
    },
  };
}

/**
 * graphql-ws on the same path as HTTP GraphQL. Every operation runs through Yoga's envelop
 * pipeline (`yoga.getEnveloped`), so auth, validation, limits and masking match HTTP exactly.
 */
export function attachGraphqlWs(server: Server, yoga: GatewayYoga, services: AppServices) {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  const revocation = watchKeyRevocation(services.db.prisma, services.config.KEY_REVOCATION_SWEEP_MS, services.logger);
  const auditAuthFailure = auditAuthFailures(services);
  const connectionsPerKey = new Map<string, number>();
  const disposable = useServer<Record<string, unknown>, ConnectionContext>(
    {
      onConnect: async (ctx) => {
        const result = await authenticate(services.db.prisma, keyFromParams(ctx.connectionParams, ctx.extra.request.headers));
        if (!result.ok) {
          auditAuthFailure({ reason: result.reason, keyPrefix: result.keyPrefix, requestId: randomUUID(), ip: ctx.extra.request.socket.remoteAddress ?? null });
          return false;
        }
        const keyId = result.auth.apiKeyId;
        const open = connectionsPerKey.get(keyId) ?? 0;
        if (open >= services.config.WS_MAX_CONNECTIONS_PER_KEY) {
          ctx.extra.socket.close(WS_CLOSE.TOO_MANY_CONNECTIONS, `TOO_MANY_CONNECTIONS: at most ${services.config.WS_MAX_CONNECTIONS_PER_KEY} per API key`);
          return false;
        }
        connectionsPerKey.set(keyId, open + 1);
        ctx.extra.socket.once('close', () => {
          const left = (connectionsPerKey.get(keyId) ?? 1) - 1;
          if (left > 0) connectionsPerKey.set(keyId, left);
          else connectionsPerKey.delete(keyId);
        });
        (ctx.extra as ConnectionContext).auth = result.auth;
        revocation.track(ctx.extra.socket, keyId);
        services.metrics.websocketConnections.inc();
        return true;
      },
      // Only acknowledged connections disconnect, the very ones counted in onConnect.
      onDisconnect: () => {
        services.metrics.websocketConnections.dec();
      },
      // onSubscribe hands over Yoga's own execute/subscribe as the root value.
      execute: (args: ExecutionArgs) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: async (args: ExecutionArgs) => {
        const root = args.rootValue as EnvelopedRoot;
        return root.guard(await root.subscribe(args)) as never;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const auth = (ctx.extra as ConnectionContext).auth;
        if (!auth) return [new GraphQLError('Unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } })];
        if (!(await revocation.ensureActive(ctx.extra.socket, auth.apiKeyId))) {
          return [new GraphQLError('This API key has been revoked', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        const { scope, guard } = leavingScope(socketScope(ctx.extra.socket));
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          subscriber: scope,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
          auth,
          ip: ctx.extra.request.socket.remoteAddress ?? null,
        });
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          // A syntax error or the token limit answers this operation; it must not close the socket.
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const args = {
          schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe, guard },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );
  return {
    wss,
    async close() {
      revocation.close();
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
