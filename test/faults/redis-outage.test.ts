import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { SCOPES } from '../../src/auth/scopes.js';
import { loadConfig } from '../../src/config.js';
import { createApiKey } from '../../src/domain/api-keys.js';
import { createOrganization } from '../../src/domain/organizations.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { isolatedTarget, type IsolatedTarget } from '../support/backends.js';
import { wsClient } from '../support/subscriptions.js';
import { send } from './http-raw.js';
import { ownRedis } from './services.js';

describe('a Redis outage (own redis-server, stopped and restarted; two instances on PostgreSQL)', () => {
  let redis: Awaited<ReturnType<typeof ownRedis>>;
  let database: IsolatedTarget;
  let a: App;
  let b: App;
  let serverA: RunningServer;
  let serverB: RunningServer;
  let key: string;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  const consoleErrors: string[] = [];
  const originalConsoleError = console.error;

  beforeAll(async () => {
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
    // ioredis reports an error event nobody listens to through console.error.
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args.map(String).join(' '));
      originalConsoleError(...args);
    };
    redis = await ownRedis();
    database = await isolatedTarget('postgres');
    const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', REDIS_URL: redis.url, RATE_LIMIT_WRITES: '1000', RATE_LIMIT_READS: '1000', RATE_LIMIT_PREFIX: `cgw:faults:${process.pid}` });
    a = await createApp(config, { target: database.target, worker: false });
    b = await createApp(config, { target: database.target, worker: false });
    const organization = await createOrganization(a.services.db.prisma, { slug: `redis-outage-${process.pid}` });
    key = (await createApiKey(a.services.db.prisma, { organizationId: organization.id, scopes: [...SCOPES] })).key;
    serverA = await startServer(a, { port: 0, host: '127.0.0.1' });
    serverB = await startServer(b, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    console.error = originalConsoleError;
    process.off('unhandledRejection', onCrash);
    process.off('uncaughtException', onCrash);
    await serverA?.close();
    await serverB?.close();
    await a?.close();
    await b?.close();
    await database?.drop();
    await redis?.stop();
  });

  const gql = (url: string, query: string, variables: Record<string, unknown> = {}) =>
    send(url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query, variables }) });
  const createCandidate = (url: string, name: string) =>
    gql(url, 'mutation($n: String!) { createCandidate(input: { fullName: $n }) { ... on CandidatePayload { candidate { id fullName } } ... on Error { code message } } }', { n: name });

  it('keeps answering writes while Redis is down, reports it degraded, and fans out across instances again once it is back', async () => {
    const client = wsClient(serverA.url, key);
    const seen: string[] = [];
    client.subscribe<{ candidateEvents: { candidate: { fullName: string } } }>(
      { query: 'subscription { candidateEvents { candidate { fullName } } }' },
      { next: (r) => void (r.data && seen.push(r.data.candidateEvents.candidate.fullName)), error: () => {}, complete: () => {} },
    );
    // The subscription is live once an event from B arrives on A.
    for (let i = 0; !seen.includes('warm-up') && i < 100; i += 1) {
      if (i % 10 === 0) await createCandidate(serverB.url, 'warm-up');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toContain('warm-up');

    await redis.stop();
    const answers = [];
    for (let i = 0; i < 20; i += 1) answers.push(await createCandidate(serverB.url, `during outage ${i}`));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(answers.map((r) => JSON.parse(r.body).data.createCandidate.candidate.fullName)).toEqual(Array.from({ length: 20 }, (_, i) => `during outage ${i}`));
    const ready = await send(serverB.url, { path: '/readyz' });
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: 'ready', database: 'ok', redis: 'degraded' });
    await new Promise((r) => setTimeout(r, 10_000));
    expect((await send(serverB.url, { path: '/healthz' })).status).toBe(200);

    await redis.start();
    const restarted = Date.now();
    let deliveredMs = -1;
    for (let i = 0; Date.now() - restarted < 15_000; i += 1) {
      const name = `after restart ${i}`;
      await createCandidate(serverB.url, name);
      const sent = Date.now();
      while (Date.now() - sent < 1_000 && !seen.includes(name)) await new Promise((r) => setTimeout(r, 50));
      if (seen.includes(name)) {
        deliveredMs = Date.now() - restarted;
        break;
      }
    }
    await client.dispose();
    console.info(`redis outage: 20/20 writes answered; cross-instance event seen ${deliveredMs} ms after restart`);
    expect(deliveredMs).toBeGreaterThanOrEqual(0);
    expect(crashes).toEqual([]);
    expect(consoleErrors.filter((line) => /Unhandled error event/.test(line))).toEqual([]);
  }, 180_000);
});
