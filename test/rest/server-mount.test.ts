import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { eventually, startTestGateway, type TestGateway } from '../support/harness.js';
import { UUID } from './rest-support.js';

describe('REST layer on a real port (pglite)', () => {
  let gw: TestGateway;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    gw = await startTestGateway('pglite');
    key = (await gw.tenant()).adminKey;
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    await gw.close();
  });

  it('routes /compat/ to the dialects with one request id in header, body and GraphQL context; /graphql is untouched', async () => {
    const res = await fetch(`${server.url}/compat/celper/v1/candidates/cand_00000000-0000-4000-8000-000000000000?jobPositionId=pos_x`, { headers: { 'x-api-key': key } });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { requestId: string; success: boolean };
    expect(body.success).toBe(false);
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(body.requestId).toBe(res.headers.get('x-request-id'));

    const unauthenticated = await fetch(`${server.url}/compat/round0/api/v1/candidates`, { headers: { authorization: 'Bearer cgw_wrong' } });
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toEqual({ error: { type: 'authentication_error', message: 'Invalid API key' } });
    // The audit log written inside the GraphQL pipeline carries the same request id and the socket's address.
    const requestId = unauthenticated.headers.get('x-request-id')!;
    const audit = await eventually(async () => (await gw.app.services.db.prisma.auditEntry.findFirst({ where: { requestId } })) ?? undefined);
    expect(audit).toMatchObject({ action: 'auth.authenticate', result: 'FAILURE', ip: '127.0.0.1' });

    const graphql = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: '{ viewer { scopes } }' }) });
    expect(graphql.status).toBe(200);
    expect(((await graphql.json()) as any).data.viewer.scopes).toContain('admin');

    const unknown = await fetch(`${server.url}/compat/nope/x`);
    expect(unknown.status).toBe(404);
    const spec = await fetch(`${server.url}/compat/peoplelens/openapi.json`);
    expect(((await spec.json()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('keeps the default body limit for JSON dialects', async () => {
    const res = await fetch(`${server.url}/compat/round0/api/v1/candidates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ name: 'x', title: 'y'.repeat(1024 * 1024) }),
    });
    expect(res.status).toBe(413);
  });
});
