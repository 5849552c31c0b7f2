import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceRevocation } from '../../src/auth/api-key-cache.js';
import { revokeApiKey } from '../../src/domain/api-keys.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

describe.each(backends)('API key authentication on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
  });
  afterAll(() => gw.close());

  it('serves { __typename } to a valid key sent as X-API-Key', async () => {
    const res = await gw.gql(tenant.adminKey, '{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('accepts the key as Authorization: Bearer and reports who is calling', async () => {
    const key = await tenant.key(['read:candidates']);
    const response = await gw.app.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: '{ viewer { scopes keyPrefix organization { slug } } }' }),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(200);
    expect(body.data.viewer).toEqual({ scopes: ['read:candidates'], keyPrefix: key.slice(0, 12), organization: { slug: tenant.slug } });
  });

  it.each([
    ['no key', null, 'An API key is required'],
    ['a malformed key', 'not-a-key', 'Invalid API key'],
    ['a key with a wrong checksum', 'cgw_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBCCCCCC', 'Invalid API key'],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_label, key, message) => {
    const res = await gw.gql(key, '{ __typename }');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toContain(message);
    expect(res.data).toBeUndefined();
  });

  it('refuses a well-formed key that was never issued', async () => {
    const real = tenant.adminKey;
    const forged = `${real.slice(0, 13)}${'x'.repeat(32)}${real.slice(-6)}`;
    expect((await gw.gql(forged, '{ __typename }')).status).toBe(401);
  });

  it('refuses a revoked key on the very next request', async () => {
    const key = await tenant.key(['read:candidates']);
    expect((await gw.gql(key, '{ __typename }')).status).toBe(200);
    await revokeApiKey(gw.app.services.db.prisma, key.slice(0, 12), announceRevocation(gw.app.services));
    const res = await gw.gql(key, '{ __typename }');
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.message).toBe('This API key has been revoked');
  });

  it('stores only a SHA-256 hash of the key and tracks last use', async () => {
    const key = await tenant.key(['read:candidates']);
    await gw.gql(key, '{ __typename }');
    const record = await gw.app.services.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: key.slice(0, 12) } });
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain(key.slice(13));
    expect(record.lastUsedAt).toBeInstanceOf(Date);
  });
});
