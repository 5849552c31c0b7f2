import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.js';

/** A bounded route label: paths carry ids, and one series per id would grow without end. */
export function routeLabel(path: string): string {
  if (path === '/graphql' || path === '/metrics' || path === '/healthz' || path === '/readyz') return path;
  const compat = /^\/compat\/([a-z0-9]+)(\/docs|\/openapi\.json)?/.exec(path);
  if (compat) return `/compat/${compat[1]}${compat[2] ?? ''}`;
  if (path.startsWith('/docs')) return '/docs';
  return 'other';
}

/** Counts and times the request once its response is finished (or the client went away). */
export function observeHttp(metrics: Pick<Metrics, 'httpRequests' | 'httpDuration'>, req: IncomingMessage, res: ServerResponse, path: string) {
  const stop = metrics.httpDuration.startTimer({ method: req.method ?? 'GET', route: routeLabel(path) });
  res.once('close', () => {
    const status = res.writableFinished ? String(res.statusCode) : 'aborted';
    stop({ status });
    metrics.httpRequests.inc({ method: req.method ?? 'GET', route: routeLabel(path), status });
  });
}
