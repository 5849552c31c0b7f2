import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

describe.each(backends)('GraphQL contract on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  const ids: string[] = [];
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
    for (let i = 0; i < 5; i += 1) {
      const res = await gw.gql(tenant.adminKey, `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ... on CandidatePayload { candidate { id } } } }`, {
        input: { firstName: `Page${i}`, lastName: 'Person', email: `page${i}@example.com` },
      });
      ids.push(res.data!.createCandidate.candidate.id);
    }
  });
  afterAll(() => gw.close());

  it('answers first: 0 with totalCount alone, and an empty status list with nothing', async () => {
    const count = await gw.gql(tenant.adminKey, `{ candidates(first: 0) { totalCount edges { node { id } } } }`);
    expect(count.data!.candidates).toEqual({ totalCount: 5, edges: [] });
    const none = await gw.gql(tenant.adminKey, `{ candidates(filter: { status: [] }) { totalCount } }`);
    expect(none.data!.candidates.totalCount).toBe(0);
  });

  it('pages backward from a cursor and refuses a cursor made for another ordering', async () => {
    const order = `orderBy: { field: NAME, direction: ASC }`;
    const all = await gw.gql(tenant.adminKey, `{ candidates(${order}) { edges { cursor node { firstName } } } }`);
    const edges = all.data!.candidates.edges;
    expect(edges.map((e: any) => e.node.firstName)).toEqual(['Page0', 'Page1', 'Page2', 'Page3', 'Page4']);
    const back = await gw.gql(tenant.adminKey, `{ candidates(${order}, last: 2, before: "${edges[3].cursor}") { edges { node { firstName } } pageInfo { hasPreviousPage hasNextPage } } }`);
    expect(back.data!.candidates).toEqual({ edges: [{ node: { firstName: 'Page1' } }, { node: { firstName: 'Page2' } }], pageInfo: { hasPreviousPage: true, hasNextPage: true } });
    const mismatched = await gw.gql(tenant.adminKey, `{ candidates(after: "${edges[1].cursor}") { totalCount } }`);
    expect(mismatched.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const both = await gw.gql(tenant.adminKey, `{ candidates(first: 2, last: 2) { totalCount } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('offers totalCount on the other connections too', async () => {
    const res = await gw.gql(tenant.adminKey, `{ users { totalCount } jobPositions { totalCount } candidateEvents(candidateId: "${ids[0]}") { totalCount edges { node { type } } } apiKeys { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.candidateEvents).toEqual({ totalCount: 1, edges: [{ node: { type: 'CREATED' } }] });
  });

  it('lists API keys for admins without their secret, and refuses an empty key name', async () => {
    const made = await gw.gql(tenant.adminKey, `mutation { createApiKey(input: { name: "reporting", scopes: ["read:candidates"] }) { ... on CreateApiKeyPayload { key apiKey { prefix } } } }`);
    const { key, apiKey } = made.data!.createApiKey;
    const listed = await gw.gql(tenant.adminKey, `{ apiKeys { totalCount edges { node { prefix name scopes } } } }`);
    expect(listed.data!.apiKeys.edges.map((e: any) => e.node)).toContainEqual({ prefix: apiKey.prefix, name: 'reporting', scopes: ['read:candidates'] });
    expect(JSON.stringify(listed.data)).not.toContain(key);
    const denied = await gw.gql(key, `{ apiKeys { totalCount } }`);
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'admin' });
    const empty = await gw.gql(tenant.adminKey, `mutation { createApiKey(input: { name: "  ", scopes: ["read:candidates"] }) { __typename ... on ValidationError { issues { path } } } }`);
    expect(empty.data!.createApiKey).toEqual({ __typename: 'ValidationError', issues: [{ path: ['name'] }] });
  });

  it('refuses an empty last name, and reports statuses and entities as enums', async () => {
    const res = await gw.gql(tenant.adminKey, `mutation { updateCandidate(input: { id: "${ids[0]}", lastName: "" }) { __typename ... on ValidationError { issues { path } } } }`);
    expect(res.data!.updateCandidate).toEqual({ __typename: 'ValidationError', issues: [{ path: ['lastName'] }] });
    const types = await gw.gql(tenant.adminKey, `{ a: __type(name: "InvalidStatusError") { fields { name type { ofType { name ofType { ofType { name } } } } } } b: __type(name: "NotFoundError") { fields { name type { ofType { name } } } } }`);
    const field = (list: any[], name: string) => list.find((f) => f.name === name).type.ofType;
    expect(field(types.data!.a.fields, 'currentStatus').name).toBe('CandidateStatus');
    expect(field(types.data!.a.fields, 'allowedStatuses').ofType.ofType.name).toBe('CandidateStatus');
    expect(field(types.data!.b.fields, 'entity').name).toBe('EntityType');
  });

  it('makes deletions visible to delta sync', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const made = await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { fullName: "Gone Soon", email: "gone@example.com" }) { ... on CandidatePayload { candidate { id } } } }`);
    const id = made.data!.createCandidate.candidate.id;
    const deleted = await gw.gql(tenant.adminKey, `mutation { deleteCandidate(input: { id: "${id}" }) { ... on DeleteCandidatePayload { deletedCandidateId } } }`);
    expect(deleted.data!.deleteCandidate.deletedCandidateId).toBe(id);
    const sync = await gw.gql(tenant.adminKey, `query($since: DateTime!) { deletedCandidates(since: $since) { totalCount edges { node { candidateId deletedAt } } } }`, { since });
    expect(sync.data!.deletedCandidates.totalCount).toBe(1);
    expect(sync.data!.deletedCandidates.edges[0].node.candidateId).toBe(id);
    const other = await gw.tenant();
    const elsewhere = await gw.gql(other.adminKey, `query($since: DateTime!) { deletedCandidates(since: $since) { totalCount } }`, { since });
    expect(elsewhere.data!.deletedCandidates.totalCount).toBe(0);
  });

  it('finds "Łukasz" by "lukasz": letters without a decomposition are folded too', async () => {
    await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { fullName: "Łukasz Wałęsa", email: "lukasz.w@example.com" }) { __typename } }`);
    const found = await gw.gql(tenant.adminKey, `{ candidates(filter: { search: "lukasz walesa" }) { edges { node { fullName } } } }`);
    expect(found.data!.candidates.edges.map((e: any) => e.node.fullName)).toEqual(['Łukasz Wałęsa']);
  });
});
