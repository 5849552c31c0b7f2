import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExecutionTimeout } from '../../src/policy/execution-timeout.plugin.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';
import { connectWs } from './ws-client.js';

const backends = await availableBackends();

/** A valid query nested `levels` times through JobPosition → candidates → Candidate → jobPosition. */
function deepQuery(levels: number): string {
  const open = 'candidates(first: 1) { edges { node { jobPosition { '.repeat(levels);
  const close = '} } } } '.repeat(levels);
  return `{ jobPositions(first: 1) { edges { node { ${open} id ${close} } } } }`;
}

describe.each(backends)('GraphQL limits on %s', (backend) => {
  let gw: TestGateway;
  let key: string;
  let server: RunningServer;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    key = (await gw.tenant()).adminKey;
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
    await gw.gql(key, '{ viewer { scopes } }');
  });
  afterAll(async () => {
    await server.close();
    await gw.close();
  });

  // Authentication costs one query (the key lookup); anything more would mean a resolver ran.
  async function rejectedBeforeResolvers(query: string) {
    const before = gw.app.services.db.queryCount();
    const res = await gw.gql(key, query);
    expect(gw.app.services.db.queryCount() - before).toBeLessThanOrEqual(1);
    expect(res.data).toBeUndefined();
    return res;
  }

  it('rejects a depth-50 query with QUERY_TOO_DEEP before any resolver runs', async () => {
    const res = await rejectedBeforeResolvers(deepQuery(12));
    expect(res.errors!.map((e) => e.extensions?.code)).toContain('QUERY_TOO_DEEP');
    expect(res.errors!.find((e) => e.extensions?.code === 'QUERY_TOO_DEEP')!.message).toMatch(/depth limit of 12 exceeded/i);
  });

  it('rejects 101 aliases, `__typename` aliases included, with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await rejectedBeforeResolvers(`{ ${aliases} }`);
    expect(res.errors![0]!).toMatchObject({ message: 'Aliases limit of 30 exceeded, found 101.', extensions: { code: 'TOO_MANY_ALIASES' } });
  });

  it('rejects a 5,000-field query with TOO_MANY_TOKENS', async () => {
    const res = await rejectedBeforeResolvers(`{ viewer { ${'scopes '.repeat(5000)} } }`);
    expect(res.errors![0]!.extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  it('prices pagination: first × nested first beyond the budget is QUERY_TOO_COMPLEX', async () => {
    const query = `{ jobPositions(first: 100) { edges { node { candidates(first: 100) { edges { node { id fullName email } } } } } } }`;
    const res = await rejectedBeforeResolvers(query);
    expect(res.errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const small = await gw.gql(key, `{ jobPositions(first: 5) { edges { node { candidates(first: 5) { edges { node { id } } } } } } }`);
    expect(small.errors).toBeUndefined();
  });

  it('prices a literal and a variable `first` the same: both pass, or both fail', async () => {
    const node = 'id fullName email status jobPosition { title } latestInterview { status } cv { skills { name } workExperiences { company title } education { institution } }';
    const literal = await gw.gql(key, `{ candidates(first: 50) { totalCount edges { node { ${node} } } } }`);
    const variable = await gw.gql(key, `query($first: Int!) { candidates(first: $first) { totalCount edges { node { ${node} } } } }`, { first: 50 });
    expect(literal.errors).toBeUndefined();
    expect(variable.errors).toBeUndefined();
    const nested = (first: string) => `jobPositions(first: ${first}) { edges { node { candidates(first: ${first}) { edges { node { id fullName email } } } } } }`;
    const literalTooMuch = await rejectedBeforeResolvers(`{ ${nested('100')} }`);
    const before = gw.app.services.db.queryCount();
    const variableTooMuch = await gw.gql(key, `query($n: Int!) { ${nested('$n')} }`, { n: 100 });
    expect(gw.app.services.db.queryCount() - before).toBeLessThanOrEqual(1);
    expect(literalTooMuch.errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(variableTooMuch.errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(variableTooMuch.errors![0]!.message).toBe(literalTooMuch.errors![0]!.message);
    const small = await gw.gql(key, `query($n: Int!) { ${nested('$n')} }`, { n: 5 });
    expect(small.errors).toBeUndefined();
  });

  it('rejects too many directives with TOO_MANY_DIRECTIVES', async () => {
    const res = await rejectedBeforeResolvers(`{ viewer { scopes ${'@include(if: true) '.repeat(25)} } }`);
    expect(res.errors!.map((e) => e.extensions?.code)).toContain('TOO_MANY_DIRECTIVES');
  });

  it('applies the same limits over WebSocket', async () => {
    const ws = connectWs(server.port, key);
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ');
    const result = await ws.run(`{ ${aliases} }`).catch((errors: unknown) => ({ errors: errors as any[] }));
    expect((result.errors as any[])[0].extensions.code).toBe('TOO_MANY_ALIASES');
    const tokens = await ws.run(`{ viewer { ${'scopes '.repeat(5000)} } }`).catch((errors: unknown) => ({ errors: errors as any[] }));
    expect((tokens.errors as any[])[0].extensions.code).toBe('TOO_MANY_TOKENS');
    expect((await ws.run('{ viewer { scopes } }')).data.viewer.scopes.length).toBeGreaterThan(0);
    await ws.client.dispose();
  });

  it('does not accept JSON batches', async () => {
    const res = await gw.app.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a non-JSON POST without a preflight-forcing header (CSRF) and accepts it with the API key header', async () => {
    const form = await gw.app.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(403);
    const get = await gw.app.yoga.fetch('http://gateway.test/graphql?query=%7Bviewer%7Bscopes%7D%7D', { headers: { 'x-api-key': key } });
    expect(get.status).toBe(200);
  });

  it('answers 413 for bodies over the limit: 16 MB on /graphql, 1 MB elsewhere; a 14 MB GraphQL body passes', async () => {
    const post = (path: string, bytes: number) =>
      fetch(`${server.url.replace('localhost', '127.0.0.1')}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } }),
      });
    const huge = await post('/graphql', 17 * 1024 * 1024);
    expect(huge.status).toBe(413);
    expect((await huge.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await post('/graphql', 14 * 1024 * 1024)).status).toBe(200);
    expect((await post('/compat/celper/candidates', 2 * 1024 * 1024)).status).toBe(413);
    // Without Content-Length the limit is enforced while reading.
    const chunk = new Uint8Array(256 * 1024).fill(120);
    let sent = 0;
    const chunked = await fetch(`${server.url.replace('localhost', '127.0.0.1')}/compat/celper/candidates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: new ReadableStream({
        pull(controller) {
          sent += chunk.length;
          if (sent > 1.5 * 1024 * 1024) controller.close();
          else controller.enqueue(chunk);
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });
});

describe('introspection by configuration', () => {
  // Two gateways on fresh databases are set-up, not what is tested: they start before the test,
  // with a set-up budget like every suite's, instead of inside the test's own time limit.
  let production: TestGateway;
  let forced: TestGateway;
  beforeAll(async () => {
    [production, forced] = await Promise.all([
      startTestGateway('pglite', { NODE_ENV: 'production' }),
      startTestGateway('pglite', { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }),
    ]);
  }, 300_000);
  afterAll(async () => {
    await production?.close();
    await forced?.close();
  });

  it('turns introspection and field suggestions off in production, and on again with GRAPHQL_INTROSPECTION=true', async () => {
    const key = (await production.tenant()).adminKey;
    const off = await production.gql(key, '{ __schema { queryType { name } } }');
    expect(off.errors![0]!.message).toMatch(/introspection/i);
    const typo = await production.gql(key, '{ viewr { scopes } }');
    expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
    const on = await forced.gql((await forced.tenant()).adminKey, '{ __schema { queryType { name } } }');
    expect(on.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('execution timeout', () => {
  it('answers TIMEOUT while the operation is still running, without waiting for it', async () => {
    // The resolver finishes only when the test lets it (or after half a minute, so that a broken
    // timeout fails on the assertion below rather than hanging): no race against the clock.
    let finish!: (value: string) => void;
    const finished = new Promise<string>((resolve) => {
      finish = resolve;
      setTimeout(() => resolve('late'), 30_000).unref();
    });
    let resolverDone = false;
    void finished.then(() => (resolverDone = true));
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { slow: String }', resolvers: { Query: { slow: () => finished } } }),
      plugins: [useExecutionTimeout(50)],
    });
    const res = await yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }) });
    const body = await res.json();
    expect(resolverDone).toBe(false);
    expect(body.errors[0].extensions.code).toBe('TIMEOUT');
    expect(body.data?.slow ?? null).toBeNull();
    finish('done');
  });
});
