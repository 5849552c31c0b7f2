import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServerAdapter } from '@whatwg-node/server';
import type { App } from './app.js';
import { readiness } from './health.js';
import { withinBodyLimit } from './http/body-limit.js';
import { edgeError, malformedGraphQLGet, sendJson, validHost } from './http/request-edge.js';
import { bodyLimitFor } from './policy/body-limits.js';
import { COMPAT_PREFIX, compatBodyLimit, createCompatHandler } from './rest/compat-handler.js';
import { SUBSCRIBER_TOO_SLOW, type SubscriberScope } from './subscriptions/subscriber-scope.js';
import { createOperatorRoutes } from './http/operator-routes.js';
import { observeHttp } from './metrics/http-metrics.js';
import { attachGraphqlWs } from './websocket.js';
import type { ServerContext } from './yoga.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting at once, completes open subscriptions, then waits for in-flight requests. */
  close(): Promise<void>;
}

/** A route the server itself answers, given the request's method. */
export type ExtraRoute = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

// Methods the WHATWG Request cannot carry (TRACE, CONNECT, TRACK) or that no route here serves.
const GRAPHQL_METHODS = ['GET', 'POST', 'OPTIONS'];
const PROBE_METHODS = ['GET', 'HEAD'];
const COMPAT_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** How long a stalled subscriber's socket may take to flush its farewell before it is cut. */
const FAREWELL_MS = 2_000;

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  return q < 0 ? raw : raw.slice(0, q);
}

/** Ends an SSE response whose subscriber fell behind: an `error` event, then the connection closes. */
function sseScope(req: IncomingMessage, res: ServerResponse): SubscriberScope {
  return {
    disconnect(reason) {
      if (res.writableEnded || res.destroyed) return;
      if (res.headersSent) res.write(`event: error\ndata: ${JSON.stringify({ errors: [{ message: reason, extensions: { code: SUBSCRIBER_TOO_SLOW } }] })}\n\n`);
      req.socket.end();
      setTimeout(() => req.socket.destroy(), FAREWELL_MS).unref();
    },
  };
}

export async function startServer(
  app: App,
  options: { port: number; host: string; routes?: Record<string, ExtraRoute> },
): Promise<RunningServer> {
  const { yoga, services } = app;
  const { config, logger } = services;
  const compatHandler = createCompatHandler(app);
  const compat = createServerAdapter<ServerContext>((request, context) => compatHandler(request, context));
  const extraRoutes = options.routes ?? {};
  const operatorRoute = createOperatorRoutes(app);
  const operator = createServerAdapter<ServerContext>((request) => {
    const route = operatorRoute(new URL(request.url).pathname);
    return route ? route(request) : new Response(null, { status: 404 });
  });
  let stopping = false;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    if (stopping) res.setHeader('connection', 'close');
    if (!validHost(req.headers.host)) return edgeError(res, 400, 'BAD_REQUEST', 'The Host header is not a valid host name');
    const path = pathOf(req.url);
    const method = req.method ?? 'GET';
    observeHttp(services.metrics, req, res, path);
    if (path === '/healthz' || path === '/readyz') {
      if (!PROBE_METHODS.includes(method)) return edgeError(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not allowed here`, { allow: PROBE_METHODS.join(', ') });
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      const { ready, body } = await readiness(app);
      return sendJson(res, ready && !stopping ? 200 : 503, stopping ? { ...body, status: 'shutting down' } : body);
    }
    const extra = extraRoutes[path];
    if (extra) return extra(req, res);
    if (operatorRoute(path)) {
      if (!PROBE_METHODS.includes(method)) return edgeError(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not allowed here`, { allow: PROBE_METHODS.join(', ') });
      return operator(req, res, { requestId, ip: req.socket.remoteAddress ?? null });
    }
    const isCompat = path.startsWith(COMPAT_PREFIX);
    if (!isCompat && path !== yoga.graphqlEndpoint) return edgeError(res, 404, 'NOT_FOUND', `No route ${path}`);
    const allowed = isCompat ? COMPAT_METHODS : GRAPHQL_METHODS;
    if (!allowed.includes(method)) return edgeError(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`, { allow: allowed.join(', ') });
    if (!isCompat && method === 'GET') {
      const problem = malformedGraphQLGet(req.url ?? '/');
      if (problem) return edgeError(res, 400, 'BAD_REQUEST', problem);
    }
    const limited = await withinBodyLimit(req, res, isCompat ? compatBodyLimit(path) : bodyLimitFor(path, yoga.graphqlEndpoint));
    if (!limited) return;
    const serverContext: ServerContext = { requestId, ip: req.socket.remoteAddress ?? null, subscriber: sseScope(req, res) };
    await (isCompat ? compat(limited, res, serverContext) : yoga(limited, res, serverContext));
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) edgeError(res, 500, 'INTERNAL', 'Unexpected error.');
      else res.destroy();
    });
  };
  const server = createServer(
    {
      headersTimeout: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      // Checked often enough that the two timeouts above are honoured to the second.
      connectionsCheckingInterval: Math.min(1_000, config.HTTP_HEADERS_TIMEOUT_MS),
    },
    listener,
  );
  // Handled like any request, so an over-limit Expect: 100-continue gets its 413 instead of 100.
  server.on('checkContinue', listener);
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const reason = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });
  const ws = attachGraphqlWs(server, yoga, services);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    async close() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      services.pubsub.completeAll();
      await ws.close();
      // Responses that finish now leave idle keep-alive sockets behind; close them as they appear,
      // and cut whatever is still open at half the shutdown grace.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const cut = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS / 2);
      server.closeIdleConnections();
      await closed;
      clearInterval(sweep);
      clearTimeout(cut);
    },
  };
}
