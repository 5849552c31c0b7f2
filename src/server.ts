import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { App } from './app.js';
import { readMigrationsList } from './db/migrations.js';
import { serveFetch } from './http-bridge.js';
import { bodyLimitFor } from './policy/body-limits.js';
import { COMPAT_PREFIX, compatBodyLimit, createCompatHandler } from './rest/compat-handler.js';
import { createOperatorRoutes } from './http/operator-routes.js';
import { observeHttp } from './metrics/http-metrics.js';
import { attachGraphqlWs } from './websocket.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

async function isReady(app: App): Promise<{ ready: boolean; detail: string }> {
  try {
    const rows = await app.services.db.prisma.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.name));
    const expected = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
    const missing = expected.filter((name) => !applied.has(name));
    return missing.length ? { ready: false, detail: `migrations not applied: ${missing.join(', ')}` } : { ready: true, detail: 'ok' };
  } catch (error) {
    return { ready: false, detail: `database unreachable: ${(error as Error).message}` };
  }
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function startServer(app: App, options: { port: number; host: string }): Promise<RunningServer> {
  const { yoga, services } = app;
  const compat = createCompatHandler(app);
  const operatorRoute = createOperatorRoutes(app);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    observeHttp(services.metrics, req, res, path);
    if (path === '/healthz') return json(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      void isReady(app).then(({ ready, detail }) => json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', detail }));
      return;
    }
    const serverContext = { requestId, ip: req.socket.remoteAddress ?? null };
    const operator = operatorRoute(path);
    const isCompat = path?.startsWith(COMPAT_PREFIX) ?? false;
    const handler = operator ?? (isCompat ? (request: Request) => compat(request, serverContext) : (request: Request) => yoga.fetch(request, serverContext));
    const maxBodyBytes = isCompat ? compatBodyLimit(path ?? '/') : bodyLimitFor(path ?? '/', yoga.graphqlEndpoint);
    void serveFetch(req, res, handler, { maxBodyBytes }).catch((error: unknown) => {
      services.logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) json(res, 500, { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL' } }] });
      else res.destroy();
    });
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
      await ws.close();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
