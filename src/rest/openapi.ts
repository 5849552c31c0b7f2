import { z } from 'zod';
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { MAX_KEY_LENGTH } from '../policy/idempotency.js';
import type { Dialect } from './dialect.js';

const idempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(MAX_KEY_LENGTH)
    .optional()
    .meta({
      description:
        'Makes a retry safe: the same key with the same request replays the first response (the effect happens once); with another request it is refused. Keys are per API key and kept 24 hours.',
      example: 'invite-cand_0b6f-2026-04-11',
    }),
});

/** The dialect's OpenAPI 3.1 document, from the very zod schemas that validate its requests. */
export function openApiDocument(dialect: Dialect, serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of dialect.routes) {
    const item = (paths[route.path] ??= {});
    const requestParams = {
      ...(route.params ? { path: route.params } : {}),
      ...(route.query ? { query: route.query } : {}),
      ...(route.idempotent ? { header: idempotencyHeader } : {}),
    };
    item[route.method.toLowerCase() as 'get'] = {
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      ...(Object.keys(requestParams).length ? { requestParams } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
      responses: route.responses,
    };
  }
  const scheme = dialect.security.type === 'apiKey' ? { type: 'apiKey' as const, in: 'header' as const, name: dialect.security.header } : { type: 'http' as const, scheme: 'bearer' };
  return createDocument({
    openapi: '3.1.0',
    info: { title: dialect.title, version: '1.0.0', description: dialect.description },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    components: { securitySchemes: { apiKey: scheme } },
    paths,
  });
}
