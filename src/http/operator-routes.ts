import type { App } from '../app.js';
import { createDocsRoutes } from '../docs/docs-routes.js';
import { METRICS_PATH, metricsRoute } from '../metrics/metrics-route.js';
import { DIALECTS } from '../rest/compat-handler.js';
import { schema } from '../schema/index.js';

type Handler = (request: Request) => Promise<Response> | Response;

/**
 * Routes for people and tools around the API rather than its callers: /metrics and the API
 * references (/docs, /compat/<vendor>/docs). Returns the handler for a path, or null.
 */
export function createOperatorRoutes(app: Pick<App, 'services'>) {
  const metrics = metricsRoute(app.services.metrics, app.services.config.METRICS_TOKEN);
  const docs = createDocsRoutes({ dialects: DIALECTS, schema, graphqlReference: app.services.config.introspection });
  return (path: string): Handler | null => {
    if (path === METRICS_PATH) return metrics;
    if (path === '/docs' || path.startsWith('/docs/') || /^\/compat\/[^/]+\/docs\/?$/.test(path)) {
      return (request) => docs(request, path) ?? new Response(null, { status: 404 });
    }
    return null;
  };
}
