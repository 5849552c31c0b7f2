import { timingSafeEqual } from 'node:crypto';
import type { Metrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

function bearerMatches(header: string | null, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '')?.[1];
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET /metrics in Prometheus text format; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`. */
export function metricsRoute(metrics: Pick<Metrics, 'registry'>, token: string | undefined) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
    if (token && !bearerMatches(request.headers.get('authorization'), token)) {
      return new Response('metrics need Authorization: Bearer <METRICS_TOKEN>\n', { status: 401, headers: { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain; charset=utf-8' } });
    }
    const body = await metrics.registry.metrics();
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' } });
  };
}
