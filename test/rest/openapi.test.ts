import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createCompatHandler } from '../../src/rest/compat-handler.js';
import { celper } from '../../src/rest/celper/celper.dialect.js';
import type { Dialect } from '../../src/rest/dialect.js';
import { peoplelens } from '../../src/rest/peoplelens/peoplelens.dialect.js';
import { recruitsome } from '../../src/rest/recruitsome/recruitsome.dialect.js';
import { round0 } from '../../src/rest/round0/round0.dialect.js';

// Serving the documents needs no database: only the logger is touched.
const handle = createCompatHandler({ yoga: undefined as never, services: { logger: createLogger('silent') } as never });
const dialects: Dialect[] = [celper, peoplelens, round0, recruitsome];

describe.each(dialects.map((d) => [d.vendor, d] as const))('OpenAPI document of %s', (vendor, dialect) => {
  it('is a valid OpenAPI 3.1 document listing every route with its request schemas', async () => {
    const response = await handle(new Request(`http://gateway.test/compat/${vendor}/openapi.json`));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const document = (await response.json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, any>> };
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers[0]!.url).toBe(`/compat/${vendor}`);
    for (const route of dialect.routes) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      if (route.body) expect(operation.requestBody.content['application/json'].schema).toBeDefined();
      for (const name of Object.keys(route.params?.shape ?? {})) expect(operation.parameters).toContainEqual(expect.objectContaining({ in: 'path', name, required: true }));
      for (const name of Object.keys(route.query?.shape ?? {})) expect(operation.parameters).toContainEqual(expect.objectContaining({ in: 'query', name }));
    }
  });
});

describe('what the OpenAPI documents declare beyond types', () => {
  const documentOf = async (vendor: string) => (await (await handle(new Request(`http://gateway.test/compat/${vendor}/openapi.json`))).json()) as { paths: Record<string, Record<string, any>> };

  it('declares Idempotency-Key on exactly the operations that forward it to an idempotent mutation', async () => {
    for (const dialect of dialects) {
      const document = await documentOf(dialect.vendor);
      for (const route of dialect.routes) {
        const parameters = (document.paths[route.path]![route.method.toLowerCase()].parameters ?? []) as { in: string; name: string; schema: { maxLength?: number } }[];
        const header = parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
        expect(Boolean(header), `${dialect.vendor} ${route.method} ${route.path}`).toBe(Boolean(route.idempotent));
        if (header) expect(header.schema.maxLength).toBe(255);
      }
    }
    const idempotent = dialects.flatMap((d) => d.routes.filter((r) => r.idempotent).map((r) => `${d.vendor} ${r.method} ${r.path}`));
    expect(idempotent.sort()).toEqual([
      'celper POST /v1/candidates/{candidateId}/invite',
      'celper POST /v1/candidates/{candidateId}/reject',
      'celper POST /v1/candidates/{candidateId}/select',
      'round0 POST /api/v1/candidates',
    ]);
  });

  it('carries lengths and formats from the validating zod schemas', async () => {
    const celperUpdate = (await documentOf('celper')).paths['/v1/candidates/{candidateId}']!.patch.requestBody.content['application/json'].schema.properties;
    expect(celperUpdate.firstName).toMatchObject({ minLength: 1, maxLength: 100 });
    expect(celperUpdate.email).toMatchObject({ format: 'email', maxLength: 320 });
    expect(celperUpdate.phone).toMatchObject({ maxLength: 50 });
    const round0Create = (await documentOf('round0')).paths['/api/v1/candidates']!.post.requestBody.content['application/json'].schema.properties;
    expect(round0Create.name).toMatchObject({ minLength: 1, maxLength: 200 });
  });
});
