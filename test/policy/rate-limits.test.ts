import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createApiKey } from '../../src/domain/api-keys.js';
import { createOrganization } from '../../src/domain/organizations.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { availableBackends, isolatedTarget } from '../support/backends.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';
import { connectWs } from './ws-client.js';

const backends = await availableBackends();

/** The shipped defaults; the shared harness raises them for suites about other behaviour. */
const DEFAULT_LIMITS = { RATE_LIMIT_READS: '40', RATE_LIMIT_WRITES: '20', RATE_LIMIT_ACTIONS: '30', RATE_LIMIT_UPLOADS: '10' };

describe.each(backends)('rate limits on %s', (backend) => {
  let gw: TestGateway;
  let server: RunningServer;
  let newKey: () => Promise<string>;
  beforeAll(async () => {
    gw = await startTestGateway(backend, DEFAULT_LIMITS);
    const tenant = await gw.tenant();
    newKey = () => tenant.key();
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    await gw.close();
  });

  it('answers the 41st read in a minute with 429, an integer Retry-After and RateLimit headers; another key is unaffected', async () => {
    const key = await newKey();
    const other = await newKey();
    const first = await gw.gql(key, '{ viewer { scopes } }');
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"reads";q=40;w=60');
    expect(first.headers.get('ratelimit')).toMatch(/^"reads";r=39;t=(60|59)$/);
    for (let i = 2; i <= 40; i += 1) expect((await gw.gql(key, '{ viewer { scopes } }')).status).toBe(200);
    const refused = await gw.gql(key, '{ viewer { scopes } }');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit')).toMatch(/^"reads";r=0;t=\d+$/);
    expect(refused.headers.get('ratelimit-policy')).toBe('"reads";q=40;w=60');
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors![0]!.extensions).not.toHaveProperty('http');
    expect((await gw.gql(other, '{ viewer { scopes } }')).status).toBe(200);
  });

  it('counts every root field: a query with three fields costs three reads, three aliased mutations cost three writes', async () => {
    const key = await newKey();
    const reads = await gw.gql(key, '{ a: viewer { scopes } b: viewer { scopes } users(first: 1) { edges { cursor } } }');
    expect(reads.headers.get('ratelimit')).toMatch(/^"reads";r=37;/);
    const create = (alias: string) => `${alias}: createJobPosition(input: { title: "${alias}" }) { __typename }`;
    const writes = await gw.gql(key, `mutation { ${create('a')} ${create('b')} ${create('c')} }`);
    expect(writes.status).toBe(200);
    expect(writes.headers.get('ratelimit')).toMatch(/^"writes";r=17;/);
    const many = await gw.gql(key, `mutation { ${Array.from({ length: 18 }, (_, i) => create(`m${i}`)).join(' ')} }`);
    expect(many.status).toBe(429);
    expect(many.data).toBeUndefined();
    const positions = await gw.app.services.db.prisma.jobPosition.count({ where: { title: { startsWith: 'm' } } });
    expect(positions).toBe(0);
  });

  it('charges actions to their own bucket', async () => {
    const key = await newKey();
    const res = await gw.gql(key, `mutation { inviteCandidate(input: { candidateId: "cand_00000000-0000-0000-0000-000000000000" }) { __typename } }`);
    expect(res.headers.get('ratelimit-policy')).toBe('"actions";q=30;w=60');
  });

  it('shares the counters with WebSocket operations', async () => {
    const key = await newKey();
    for (let i = 0; i < 39; i += 1) await gw.gql(key, '{ viewer { scopes } }');
    const ws = connectWs(server.port, key);
    expect((await ws.run('{ viewer { scopes } }')).data!.viewer.scopes.length).toBeGreaterThan(0);
    const refused = await ws.run('{ viewer { scopes } }').catch((errors: unknown) => ({ errors: errors as any[] }));
    expect(refused.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect((await gw.gql(key, '{ viewer { scopes } }')).status).toBe(429);
    await ws.client.dispose();
  });
});

describe.runIf(backends.includes('postgres'))('rate limits shared through Redis', () => {
  it('counts one key across two gateway instances', async () => {
    const isolated = await isolatedTarget('postgres');
    const env = { LOG_LEVEL: 'silent', NODE_ENV: 'test', REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_PREFIX: `cgw-test:${randomBytes(6).toString('hex')}`, RATE_LIMIT_READS: '5' } as const;
    const one = await createApp(loadConfig(env), { target: isolated.target, worker: false });
    const two = await createApp(loadConfig(env), { target: isolated.target, worker: false });
    try {
      const organization = await createOrganization(one.services.db.prisma, { slug: `redis-${process.pid}` });
      const { key } = await createApiKey(one.services.db.prisma, { organizationId: organization.id, scopes: ['read:candidates'] });
      const ask = (app: typeof one) =>
        app.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: '{ viewer { scopes } }' }) });
      const statuses = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await ask(i % 2 === 0 ? one : two)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      expect((await ask(two)).headers.get('ratelimit')).toMatch(/^"reads";r=0;/);
    } finally {
      await one.close();
      await two.close();
      await isolated.drop();
    }
  });

  it('takes a large limit from Redis in leases, and two instances together still allow exactly the limit', async () => {
    const isolated = await isolatedTarget('postgres');
    const prefix = `cgw-test:${randomBytes(6).toString('hex')}`;
    const env = { LOG_LEVEL: 'silent', NODE_ENV: 'test', REDIS_URL: 'redis://127.0.0.1:6379', RATE_LIMIT_PREFIX: prefix, RATE_LIMIT_READS: '1000' } as const;
    const one = await createApp(loadConfig(env), { target: isolated.target, worker: false });
    const two = await createApp(loadConfig(env), { target: isolated.target, worker: false });
    const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 0 });
    try {
      const organization = await createOrganization(one.services.db.prisma, { slug: `lease-${process.pid}` });
      const { key, id } = await createApiKey(one.services.db.prisma, { organizationId: organization.id, scopes: ['read:candidates'] });
      const counter = () => redis.get(`${prefix}:reads:${id}`).then(Number);
      const ask = (app: typeof one) =>
        app.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: '{ viewer { scopes } }' }) });

      // A lease is 1 % of the limit, taken with the operation that needs it.
      const first = await ask(one);
      expect(first.headers.get('ratelimit')).toMatch(/^"reads";r=999;t=(60|59)$/);
      expect(await counter()).toBe(11);
      for (let i = 0; i < 10; i += 1) expect((await ask(one)).headers.get('ratelimit')).toMatch(new RegExp(`^"reads";r=${998 - i};`));
      expect(await counter()).toBe(11);
      expect((await ask(one)).status).toBe(200);
      expect(await counter()).toBe(22);

      const remaining = (res: Response) => Number(/r=(\d+)/.exec(res.headers.get('ratelimit') ?? '')?.[1]);
      let allowed = 12;
      // Concurrent traffic over both instances for half the budget, then each instance alone: never more than the
      // limit, and not one fewer, since an instance that hears the last tenth has begun gives back what it holds.
      for (let low = 1000, batch = 1; low > 500; batch += 1) {
        const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(i % 2 === 0 ? one : two)));
        expect(answers.map((res) => res.status)).toEqual(Array(20).fill(200));
        allowed += 20;
        low = Math.min(...answers.map(remaining));
        // One lease request at a time per key: instance one spent what it held, two's ten concurrent reads took one lease.
        if (batch === 1) expect(await counter()).toBe(33);
      }
      for (let low = 1000; low >= 100; allowed += 1) {
        const res = await ask(two);
        expect(res.status).toBe(200);
        low = remaining(res);
      }
      while ((await ask(one)).status === 200) allowed += 1;
      expect(allowed).toBe(1000);
      expect((await ask(one)).status).toBe(429);
      expect((await ask(two)).status).toBe(429);
    } finally {
      redis.disconnect();
      await one.close();
      await two.close();
      await isolated.drop();
    }
  });
});
