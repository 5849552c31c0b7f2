import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

describe.each(backends)('API-key cache on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  beforeAll(async () => {
    // A long TTL, so only the announcement can explain a revoked key being refused.
    gw = await startTestGateway(backend, { API_KEY_CACHE_TTL_MS: '600000' }, { worker: false });
    tenant = await gw.tenant();
  });
  afterAll(async () => gw?.close());

  it('authenticates a recently used key without SQL', async () => {
    const key = await tenant.key(['read:candidates']);
    expect((await gw.gql(key, '{ __typename }')).status).toBe(200);
    const before = gw.app.services.db.queryCount();
    expect((await gw.gql(key, '{ __typename }')).status).toBe(200);
    expect(gw.app.services.db.queryCount() - before).toBe(0);
  });

  it('refuses, while the right key is cached, a key with the same prefix and another secret or checksum', async () => {
    const key = await tenant.key(['read:candidates']);
    expect((await gw.gql(key, '{ __typename }')).status).toBe(200);
    expect((await gw.gql(key, '{ __typename }')).status).toBe(200);
    const otherSecret = key.slice(0, 13) + [...key.slice(13, 45)].reverse().join('') + key.slice(45);
    const otherChecksum = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    for (const forged of [otherSecret, otherChecksum, key + 'x', key.slice(0, -1)]) {
      const res = await gw.gql(forged, '{ __typename }');
      expect(res.status, forged).toBe(401);
      expect(res.errors?.[0]?.message).toBe('Invalid API key');
    }
    expect((await gw.gql(key, '{ __typename }')).status).toBe(200);
  });

  it('refuses a key revoked through the API on the very next request', async () => {
    const key = await tenant.key(['read:candidates']);
    expect((await gw.gql(key, '{ __typename }')).status).toBe(200);
    const revoked = await gw.gql(tenant.adminKey, `mutation { revokeApiKey(input: { prefix: "${key.slice(0, 12)}" }) { __typename } }`);
    expect(revoked.data?.revokeApiKey.__typename).toBe('RevokeApiKeyPayload');
    const res = await gw.gql(key, '{ __typename }');
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.message).toBe('This API key has been revoked');
  });

  it('drops a key when another instance announces its revocation on pub/sub', async () => {
    const key = await tenant.key(['read:candidates']);
    const prefix = key.slice(0, 12);
    expect((await gw.gql(key, '{ __typename }')).status).toBe(200);
    // What another instance does: write the revocation, then announce it.
    await gw.app.services.db.prisma.apiKey.update({ where: { prefix }, data: { revokedAt: new Date() } });
    gw.app.services.pubsub.publish('api-key:revoked', 'all', { prefix });
    await eventually(async () => ((await gw.gql(key, '{ __typename }')).status === 401 ? true : undefined));
  });
});
