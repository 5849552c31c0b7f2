import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { Dialect } from '../rest/dialect.js';
import { graphqlReferenceHtml } from './graphql-reference.js';
import { escapeHtml } from './html.js';

const REDOC_PATH = '/docs/assets/redoc.standalone.js';
const require = createRequire(import.meta.url);

// Everything the pages load comes from the gateway, so they work air-gapped. Redoc's bundle has
// one outside URL, a "powered by" logo on its vendor's CDN: it is served pointing at an empty
// data URL (the image then hides itself), and the CSP refuses anything that slips through.
const REDOC_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'";

function html(body: string): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-cache' } });
}

function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export interface DocsOptions {
  dialects: readonly Dialect[];
  schema: GraphQLSchema;
  /** The GraphQL reference shows the schema, so it follows the introspection switch. */
  graphqlReference: boolean;
}

/**
 * API references people read, rendered offline: each REST dialect's OpenAPI document through
 * Redoc's standalone bundle (served from node_modules, no CDN), and the GraphQL schema with its
 * descriptions, all linked from one navigation bar and from `/docs`.
 */
export function createDocsRoutes({ dialects, schema, graphqlReference }: DocsOptions) {
  const nav = `<nav class="top"><strong>Candidate Gateway</strong> &nbsp; <a href="/docs">All references</a>${dialects
    .map((d) => `<a href="/compat/${d.vendor}/docs">${escapeHtml(d.vendor)}</a>`)
    .join('')}${graphqlReference ? '<a href="/docs/graphql">GraphQL</a>' : ''}</nav>`;
  const navStyle = '<style>body{margin:0}nav.top{font:15px/1.5 system-ui,sans-serif;background:#1d2330;color:#fff;padding:.6em 1em}nav.top a{color:#9cd1ff;margin-right:1em}</style>';
  let redoc: Promise<string> | undefined;
  let reference: string | undefined;

  const dialectPage = (dialect: Dialect) =>
    html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(dialect.title)} — Candidate Gateway</title>${navStyle}</head>
<body>${nav}<div id="redoc"></div>
<script src="${REDOC_PATH}"></script>
<script>
Redoc.init(${JSON.stringify(`/compat/${dialect.vendor}/openapi.json`)}, {
  theme: { typography: { fontFamily: 'system-ui, sans-serif', headings: { fontFamily: 'system-ui, sans-serif' }, code: { fontFamily: 'ui-monospace, monospace' } } },
  expandResponses: '200,201', requiredPropsFirst: true, pathInMiddlePanel: true, hideHostname: false
}, document.getElementById('redoc'));
</script></body></html>`);

  const index = () =>
    html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API references — Candidate Gateway</title>${navStyle}
<style>main{font:16px/1.6 system-ui,sans-serif;max-width:50em;margin:2em auto}</style></head><body>${nav}<main><h1>API references</h1><ul>
${graphqlReference ? '<li><a href="/docs/graphql">GraphQL</a> — <code>/graphql</code>, the whole contract (<a href="/docs/schema.graphql">schema.graphql</a>)</li>' : ''}
${dialects.map((d) => `<li><a href="/compat/${d.vendor}/docs">${escapeHtml(d.title)}</a> — <code>/compat/${d.vendor}</code> (<a href="/compat/${d.vendor}/openapi.json">openapi.json</a>)</li>`).join('\n')}
</ul></main></body></html>`);

  return (request: Request, path: string): Promise<Response> | Response | null => {
    const vendorDocs = /^\/compat\/([^/]+)\/docs\/?$/.exec(path);
    const isDocs = vendorDocs || path === '/docs' || path.startsWith('/docs/');
    if (!isDocs) return null;
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
    if (vendorDocs) {
      const dialect = dialects.find((d) => d.vendor === vendorDocs[1]);
      return dialect ? dialectPage(dialect) : notFound();
    }
    if (path === '/docs' || path === '/docs/') return index();
    if (path === REDOC_PATH) {
      redoc ??= readFile(require.resolve('redoc/bundles/redoc.standalone.js'), 'utf8').then((js) => js.replaceAll(REDOC_LOGO, 'data:,'));
      return redoc.then((js) => new Response(js, { status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' } }));
    }
    if (graphqlReference && path === '/docs/graphql') return html((reference ??= graphqlReferenceHtml(schema, nav)));
    if (graphqlReference && path === '/docs/schema.graphql') {
      return new Response(printSchema(lexicographicSortSchema(schema)), { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    return notFound();
  };
}
