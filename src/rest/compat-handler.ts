import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { App } from '../app.js';
import { DEFAULT_BODY_LIMIT_BYTES, GRAPHQL_BODY_LIMIT_BYTES } from '../policy/body-limits.js';
import type { ServerContext } from '../yoga.js';
import { celper } from './celper/celper.dialect.js';
import { CompatFailure } from './compat-failure.js';
import type { Dialect, Reply } from './dialect.js';
import { gatewaySession } from './gateway-call.js';
import { openApiDocument } from './openapi.js';
import { peoplelens } from './peoplelens/peoplelens.dialect.js';
import { recruitsome } from './recruitsome/recruitsome.dialect.js';
import { parseRouteInput } from './request-input.js';
import { round0 } from './round0/round0.dialect.js';
import { createRouter } from './router.js';

export const COMPAT_PREFIX = '/compat/';

/** Only Recruitsome carries base64 résumés in its JSON; every other dialect keeps the default limit. */
export function compatBodyLimit(path: string): number {
  return path.startsWith(`${COMPAT_PREFIX}recruitsome/`) ? GRAPHQL_BODY_LIMIT_BYTES : DEFAULT_BODY_LIMIT_BYTES;
}

export const DIALECTS: readonly Dialect[] = [celper, peoplelens, round0, recruitsome];

function toResponse(reply: Reply, requestId: string, extra?: Headers): Response {
  const headers = new Headers(extra);
  for (const [name, value] of Object.entries(reply.headers ?? {})) headers.set(name, value);
  headers.set('x-request-id', requestId);
  headers.set('cache-control', 'no-store');
  // Every status line carries its standard reason phrase, not an empty one.
  const init = { status: reply.status, statusText: STATUS_CODES[reply.status] ?? '', headers };
  if (reply.status === 503 && !headers.has('retry-after')) headers.set('retry-after', '5');
  if (reply.body === undefined) return new Response(null, init);
  headers.set('content-type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(reply.body), init);
}

/** `/compat/<vendor>/…`: each dialect's routes, reshaping GraphQL results into the vendor's bodies. */
export function createCompatHandler(app: Pick<App, 'yoga' | 'services'>) {
  const logger = app.services.logger.child({ component: 'rest' });
  const dialects = new Map(DIALECTS.map((d) => [d.vendor, { dialect: d, match: createRouter(d.routes) }]));
  const documents = new Map<string, unknown>();
  const documentOf = (dialect: Dialect) => {
    // A relative server URL keeps one document per dialect whatever Host the caller used.
    if (!documents.has(dialect.vendor)) documents.set(dialect.vendor, openApiDocument(dialect, `${COMPAT_PREFIX}${dialect.vendor}`));
    return documents.get(dialect.vendor);
  };

  return async function handleCompat(request: Request, serverContext: ServerContext = {}): Promise<Response> {
    const requestId = serverContext.requestId ?? randomUUID();
    const started = performance.now();
    const url = new URL(request.url);
    const rest = url.pathname.slice(COMPAT_PREFIX.length);
    const slash = rest.indexOf('/');
    const vendor = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '/' : rest.slice(slash);
    const entry = dialects.get(vendor);
    if (!entry) return toResponse({ status: 404, body: { error: `Unknown REST dialect "${vendor}"`, dialects: [...dialects.keys()] } }, requestId);
    const { dialect, match } = entry;

    let reply: Reply;
    let upstream: Headers | undefined;
    let route = path;
    try {
      if (request.method === 'GET' && path === '/openapi.json') {
        reply = { status: 200, body: documentOf(dialect) };
      } else {
        const found = match(request.method, path);
        if (!found) throw new CompatFailure('ROUTE_NOT_FOUND', `No route ${request.method} ${path}`);
        if ('allowed' in found) throw new CompatFailure('METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}`, { allowed: found.allowed });
        route = found.route.path;
        const input = await parseRouteInput(found.route, request, found.params);
        const session = gatewaySession(app.yoga, request, { ...serverContext, requestId });
        upstream = session.responseHeaders;
        reply = await found.route.handle({ ...input, call: session.call, requestId });
      }
    } catch (error) {
      const failure = error instanceof CompatFailure ? error : new CompatFailure('INTERNAL', 'Unexpected error');
      if (!(error instanceof CompatFailure)) logger.error({ err: error, requestId, vendor }, 'REST route failed');
      reply = dialect.failure(failure, { requestId, method: request.method });
      if (failure.details.allowed) reply.headers = { ...reply.headers, allow: failure.details.allowed.join(', ') };
    }
    logger.info({ requestId, vendor, method: request.method, route, status: reply.status, ms: Math.round(performance.now() - started) }, 'rest request');
    return toResponse(reply, requestId, upstream);
  };
}
