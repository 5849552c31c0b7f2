import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createApp, type App } from '../../src/app.js';
import { SCOPES } from '../../src/auth/scopes.js';
import { loadConfig } from '../../src/config.js';
import { createApiKey } from '../../src/domain/api-keys.js';
import { createOrganization } from '../../src/domain/organizations.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { generateDocument } from '../resume/corpus/generate.js';
import { availableBackends, isolatedTarget, type IsolatedTarget } from '../support/backends.js';
import { MIME } from '../support/resumes.js';
import { collect, wsClient } from '../support/subscriptions.js';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000 });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const backends = await availableBackends();
const redis = await redisReachable();
if (!redis && process.env.CI === 'true') throw new Error(`CI=true but Redis is unreachable at ${redisUrl}; the Redis suite must run in CI.`);

/** Two stateless gateways sharing one PostgreSQL database and one Redis, as in production. */
describe.runIf(backends.includes('postgres') && redis)('two gateway instances over PostgreSQL and Redis', () => {
  let isolated: IsolatedTarget;
  let a: App;
  let b: App;
  let serverA: RunningServer;
  let key: string;
  let ownerId: string;

  beforeAll(async () => {
    isolated = await isolatedTarget('postgres');
    const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', REDIS_URL: redisUrl, DATA_DIR: '/tmp/cg-distributed', RATE_LIMIT_PREFIX: `cgw-test-${process.pid}-${Date.now()}` });
    // Instance A only serves subscribers; instance B takes the writes and runs the worker.
    a = await createApp(config, { target: isolated.target, worker: false });
    b = await createApp(config, { target: isolated.target, workerOptions: { pollIntervalMs: 100 } });
    serverA = await startServer(a, { port: 0, host: '127.0.0.1' });
    const organization = await createOrganization(b.services.db.prisma, { slug: `fanout-${process.pid}` });
    key = (await createApiKey(b.services.db.prisma, { organizationId: organization.id, scopes: [...SCOPES] })).key;
    const owner = await b.services.db.prisma.user.create({ data: { organizationId: organization.id, email: 'owner@fanout.io', name: 'Owner' } });
    ownerId = `user_${owner.id}`;
  });
  afterAll(async () => {
    await serverA?.close();
    await a?.close();
    await b?.close();
    await isolated?.drop();
  });

  async function onB(query: string, variables?: Record<string, unknown>) {
    const response = await b.yoga.fetch('http://b.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as { data: any }).data;
  }

  it('delivers a status change made on instance B to a subscriber connected to instance A', async () => {
    const client = wsClient(serverA.url, key);
    try {
      const events = collect<any>(client, 'subscription { candidateEvents { type toStatus candidate { fullName } } }', {}, (e) => e.candidateEvents.toStatus === 'INVITED');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const created = await onB(`mutation { createCandidate(input: { fullName: "Fan Out", email: "fan@out.io" }) { ... on CandidatePayload { candidate { id } } } }`);
      await onB(`mutation { inviteCandidate(input: { candidateId: "${created.createCandidate.candidate.id}" }) { __typename } }`);
      expect((await events).map((e) => [e.candidateEvents.type, e.candidateEvents.toStatus])).toEqual([
        ['CREATED', 'NEW'],
        ['STATUS_CHANGED', 'INVITED'],
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('streams a résumé processed by instance B’s worker to a subscriber on instance A', async () => {
    const doc = await generateDocument(7100, { kind: 'pdf', layout: 'single' });
    await b.worker.stop();
    const accepted = await onB(`mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } } }`, {
      input: { ownerId, fileName: 'fan.pdf', mimeType: MIME.pdf, contentBase64: Buffer.from(doc.bytes).toString('base64') },
    });
    const client = wsClient(serverA.url, key);
    try {
      const events = collect<any>(client, 'subscription($id: ID!) { resumeProcessing(id: $id) { stage candidate { email } } }', { id: accepted.uploadResume.upload.id }, (e) => e.resumeProcessing.stage === 'COMPLETED');
      await new Promise((resolve) => setTimeout(resolve, 500));
      b.worker.start();
      const stages = (await events).map((e) => e.resumeProcessing.stage);
      expect(stages).toEqual(['RECEIVED', 'EXTRACTING_TEXT', 'EXTRACTING_FIELDS', 'CHECKING_DUPLICATES', 'SAVING', 'COMPLETED']);
      expect((await events).at(-1).resumeProcessing.candidate.email).toBe(doc.expected.email);
    } finally {
      await client.dispose();
    }
  });
});
