import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeApiKey } from '../../src/domain/api-keys.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { connectWs } from './ws-client.js';

const backends = await availableBackends();

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ... on Error { code } ... on CreateApiKeyPayload { key apiKey { prefix name scopes revokedAt } } } }`;
const REVOKE_KEY = `mutation($prefix: String!) { revokeApiKey(input: { prefix: $prefix }) { __typename ... on Error { code } ... on RevokeApiKeyPayload { apiKey { prefix revokedAt } } } }`;
const AUDIT = `query($action: String) { auditEntries(first: 100, action: $action) { edges { node { action result keyPrefix targetType targetId detail requestId ip createdAt } } } }`;

describe.each(backends)('API keys and the audit log on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let server: RunningServer;
  beforeAll(async () => {
    // The audit assertions poll; the default 40 reads a minute would refuse the polling itself.
    gw = await startTestGateway(backend, { KEY_REVOCATION_SWEEP_MS: '200', RATE_LIMIT_READS: '1000', API_KEY_CACHE_TTL_MS: '500' });
    tenant = await gw.tenant();
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    await gw.close();
  });

  async function audit(action: string) {
    return (await gw.gql(tenant.adminKey, AUDIT, { action })).data!.auditEntries.edges.map((e: any) => e.node);
  }

  it('creates a key whose secret is shown once, and revocation by another process (the CLI, which cannot reach this instance’s cache) takes effect within the key-cache TTL on HTTP and at once on open sockets', async () => {
    const created = await gw.gql(tenant.adminKey, CREATE_KEY, { input: { name: 'listener', scopes: ['read:candidates'] } });
    const { key, apiKey } = created.data!.createApiKey;
    expect(key).toMatch(/^cgw_/);
    expect(apiKey).toMatchObject({ name: 'listener', scopes: ['read:candidates'], revokedAt: null });
    expect((await gw.gql(key, '{ viewer { scopes } }')).status).toBe(200);

    const ws = connectWs(server.port, key);
    await ws.connected;
    const started = Date.now();
    await revokeApiKey(gw.app.services.db.prisma, apiKey.prefix);

    expect(await ws.closed).toBe(4403);
    await eventually(async () => ((await gw.gql(key, '{ viewer { scopes } }')).status === 401 ? true : undefined), 2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('revokes through GraphQL for admins of the same organization only, and refuses a revoked key on a new socket', async () => {
    const key = await tenant.key(['read:candidates']);
    const prefix = key.slice(0, 12);
    const stranger = await (await gw.tenant()).key(['admin']);
    expect((await gw.gql(stranger, REVOKE_KEY, { prefix })).data!.revokeApiKey.code).toBe('NOT_FOUND');
    const ws = connectWs(server.port, key);
    await ws.connected;
    const revoked = await gw.gql(tenant.adminKey, REVOKE_KEY, { prefix });
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    expect(await ws.closed).toBe(4403);
    expect(await connectWs(server.port, key).closed).toBe(4403);
  });

  it('records authentication and authorization failures, invites and key changes, never with a secret', async () => {
    const readOnly = await tenant.key(['read:candidates']);
    const denied = await gw.gql(readOnly, `mutation { inviteCandidate(input: { candidateId: "cand_00000000-0000-0000-0000-000000000000" }) { __typename } }`);
    expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const wrongSecret = `${readOnly.slice(0, 13)}${'A'.repeat(readOnly.length - 13)}`;
    expect((await gw.gql(wrongSecret, '{ viewer { scopes } }')).status).toBe(401);
    const revokedKey = await tenant.key(['read:candidates']);
    await revokeApiKey(gw.app.services.db.prisma, revokedKey.slice(0, 12));
    expect((await gw.gql(revokedKey, '{ viewer { scopes } }')).status).toBe(401);
    const failedInvite = await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "cand_00000000-0000-0000-0000-000000000000" }) { __typename } }`);
    expect(failedInvite.data!.inviteCandidate.__typename).toBe('NotFoundError');

    const deniedRows = await eventually(async () => ((await audit('authz.denied')).length ? audit('authz.denied') : undefined));
    expect(deniedRows[0]).toMatchObject({ result: 'DENIED', keyPrefix: readOnly.slice(0, 12), targetType: 'Field', targetId: 'Mutation.inviteCandidate' });
    expect(deniedRows[0].requestId).toBeTruthy();

    const invites = await eventually(async () => ((await audit('candidate.invite')).length ? audit('candidate.invite') : undefined));
    expect(invites[0]).toMatchObject({ result: 'FAILURE', detail: { code: 'NOT_FOUND' }, targetId: 'cand_00000000-0000-0000-0000-000000000000' });

    const authFailure = await eventually(async () => (await audit('auth.authenticate')).find((e: any) => e.keyPrefix === revokedKey.slice(0, 12)));
    expect(authFailure).toMatchObject({ result: 'FAILURE', detail: { reason: 'revoked' } });

    const keyChanges = [...(await audit('apiKey.create')), ...(await audit('apiKey.revoke'))];
    expect(keyChanges.map((e: any) => e.action).sort()).toEqual(['apiKey.create', 'apiKey.revoke']);

    const rows = await gw.app.services.db.prisma.auditEntry.findMany();
    const everything = JSON.stringify(rows);
    for (const secret of [readOnly, wrongSecret, revokedKey, tenant.adminKey]) expect(everything).not.toContain(secret.slice(13));
  });

  it('lets only admins read the audit log', async () => {
    const res = await gw.gql(await tenant.key(['read:candidates']), AUDIT, {});
    expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
