import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';
import { send, sendRaw } from './http-raw.js';

/** Sends `size` bytes and reports what came back: a status, or the error a reset connection gives. */
function upload(url: string, path: string, size: number, headers: Record<string, string> = {}): Promise<{ status: number; sawContinue: boolean } | { error: string }> {
  const target = new URL(url);
  return new Promise((resolve) => {
    let sawContinue = false;
    const req = httpRequest({ host: target.hostname, port: target.port, method: 'POST', path, agent: false, headers: { 'content-type': 'application/json', 'content-length': String(size), ...headers } });
    req.on('continue', () => (sawContinue = true));
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, sawContinue }));
    });
    req.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    if (headers.expect) return; // the body goes only after 100 Continue
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('the HTTP edge (pglite, real port)', () => {
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

  it('delivers 413 for over-limit bodies instead of a reset, and answers Expect: 100-continue with 413', async () => {
    expect(await upload(server.url, '/graphql', 20 * 1024 * 1024)).toEqual({ status: 413, sawContinue: false });
    expect(await upload(server.url, '/compat/celper/v1/candidates/x', 3 * 1024 * 1024)).toEqual({ status: 413, sawContinue: false });
    expect(await upload(server.url, '/graphql', 20 * 1024 * 1024, { expect: '100-continue' })).toEqual({ status: 413, sawContinue: false });
    // A chunked body has no length to check up front: it is counted as it arrives.
    const chunked = await send(server.url, { method: 'POST', path: '/compat/round0/api/v1/candidates', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: Buffer.alloc(2 * 1024 * 1024, 0x20) });
    expect(chunked.status).toBe(413);
  });

  it('refuses a bad Host, unsupported methods and malformed GET parameters with 4xx, and names every status', async () => {
    expect(await sendRaw(server.url, 'GET /graphql?query={__typename} HTTP/1.1\r\nHost: a/b@c\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    const trace = await send(server.url, { method: 'TRACE', path: '/graphql' });
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, POST, OPTIONS');
    const put = await send(server.url, { method: 'PUT', path: '/healthz' });
    expect([put.status, put.headers.allow]).toEqual([405, 'GET, HEAD']);
    for (const query of ['variables=%7Bnot-json', 'extensions=[1]', 'query=%E0%A4%A', 'variables=5']) {
      const res = await send(server.url, { path: `/graphql?query=%7B__typename%7D&${query}`, headers: { 'x-api-key': key } });
      expect([query, res.status]).toEqual([query, 400]);
    }
    expect(await sendRaw(server.url, `GET /compat/celper/v1/nothing HTTP/1.1\r\nHost: localhost\r\nX-API-Key: ${key}\r\n\r\n`)).toBe('HTTP/1.1 404 Not Found');
    expect(await sendRaw(server.url, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n')).toBe('HTTP/1.1 200 OK');
  });

  it('turns NUL bytes, lone surrogates and over-long free text into VALIDATION, over GraphQL and REST alike', async () => {
    const create = 'mutation($name: String!) { createJobPosition(input: { title: $name }) { __typename ... on Error { code } } }';
    for (const name of ['a\u0000b', 'x\ud800y', 'z'.repeat(20_000)]) {
      const res = await gw.gql(key, create, { name });
      expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    }
    const literal = await gw.gql(key, `{ candidates(first: 1, filter: { search: "${'q'.repeat(20_000)}" }) { totalCount } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const rest = await send(server.url, {
      method: 'POST',
      path: '/compat/round0/api/v1/candidates',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ name: 'Ann\u0000', email: 'ann@example.com' }),
    });
    expect(rest.status).toBe(400);
  });

  it('answers a 4 MB search string within 3 s while /healthz answers within 1 s', async () => {
    const started = performance.now();
    const search = send(server.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: 'query($s: String!) { candidates(first: 1, filter: { search: $s }) { totalCount } }', variables: { s: 'x'.repeat(4 * 1024 * 1024) } }),
    }).then((res) => ({ res, ms: performance.now() - started }));
    const healthStarted = performance.now();
    const health = await send(server.url, { path: '/healthz' });
    const healthMs = performance.now() - healthStarted;
    const { res, ms } = await search;
    console.info(`4 MB search answered in ${Math.round(ms)} ms; /healthz in ${Math.round(healthMs)} ms`);
    expect(health.status).toBe(200);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('VALIDATION');
    expect(ms).toBeLessThan(3_000);
    expect(healthMs).toBeLessThan(1_000);
  });
});
