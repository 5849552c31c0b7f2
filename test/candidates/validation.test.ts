import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();
const ERR = `__typename ... on Error { code message } ... on ValidationError { issues { path message } } ... on DuplicateEmailError { email }`;

describe.each(backends)('input validation on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let positionId: string;
  let candidateId: string;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
    const position = await gw.gql(tenant.adminKey, `mutation { createJobPosition(input: { title: "QA" }) { ... on JobPositionPayload { jobPosition { id } } } }`);
    positionId = position.data!.createJobPosition.jobPosition.id;
    const created = await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { jobPositionId: "${positionId}", firstName: "Ann", lastName: "Lee", email: "ann@x.io" }) { ... on CandidatePayload { candidate { id } } } }`);
    candidateId = created.data!.createCandidate.candidate.id;
    await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { jobPositionId: "${positionId}", firstName: "Ben", lastName: "Kay", email: "ben@x.io" }) { __typename } }`);
  });
  afterAll(() => gw.close());

  async function update(input: Record<string, unknown>) {
    const res = await gw.gql(tenant.adminKey, `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { ${ERR} } }`, { input: { id: candidateId, ...input } });
    return res.data!.updateCandidate;
  }

  async function unchanged() {
    const res = await gw.gql(tenant.adminKey, `{ candidate(id: "${candidateId}") { firstName lastName email phone notes } }`);
    expect(res.data!.candidate).toEqual({ firstName: 'Ann', lastName: 'Lee', email: 'ann@x.io', phone: null, notes: null });
  }

  it.each([
    [{ firstName: '' }, ['firstName'], 'at least 1 character'],
    [{ firstName: 'x'.repeat(101) }, ['firstName'], 'at most 100'],
    [{ lastName: 'y'.repeat(101) }, ['lastName'], 'at most 100'],
    [{ phone: '1'.repeat(51) }, ['phone'], 'at most 50'],
    [{ notes: 'n'.repeat(10 * 1024 + 1) }, ['notes'], '10 KB'],
    [{ notes: 'ü'.repeat(5 * 1024 + 1) }, ['notes'], '10 KB'],
    [{ email: 'not-an-email' }, ['email'], 'valid email'],
    [{ cv: { workExperiences: [{ company: 'A', title: 'B', startDate: 'March' }] } }, ['cv', 'workExperiences', '0', 'startDate'], ''],
    [{ cv: { linkedinUrl: 'javascript:alert(1)' } }, ['cv', 'linkedinUrl'], ''],
  ])('refuses an invalid value at %# with VALIDATION at its field path and changes nothing', async (input, path, message) => {
    const result = await update(input);
    expect(result.__typename).toBe('ValidationError');
    expect(result.code).toBe('VALIDATION');
    expect(result.issues[0].path).toEqual(path);
    expect(result.issues[0].message).toContain(message);
    await unchanged();
  });

  it('refuses an email that another candidate of the position has, case-insensitively, with DUPLICATE_EMAIL', async () => {
    const result = await update({ email: 'BEN@x.io', phone: '+370' });
    expect(result).toMatchObject({ __typename: 'DuplicateEmailError', code: 'DUPLICATE_EMAIL', email: 'BEN@x.io' });
    await unchanged();
    const create = await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { jobPositionId: "${positionId}", fullName: "Ann Clone", email: "Ann@X.io" }) { ${ERR} } }`);
    expect(create.data!.createCandidate.code).toBe('DUPLICATE_EMAIL');
    const elsewhere = await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { fullName: "Ann Elsewhere", email: "ann@x.io" }) { __typename } }`);
    expect(elsewhere.data!.createCandidate.__typename).toBe('CandidatePayload');
  });

  it('accepts the limits exactly', async () => {
    const result = await update({ firstName: 'x'.repeat(100), phone: '1'.repeat(50), notes: 'n'.repeat(10 * 1024) });
    expect(result.__typename).toBe('CandidatePayload');
    await update({ firstName: 'Ann', phone: null, notes: null });
  });

  it('validates invitation subject and body lengths', async () => {
    const long = await gw.gql(tenant.adminKey, `mutation($s: String, $b: String) { inviteCandidate(input: { candidateId: "${candidateId}", emailSubject: $s, emailBody: $b }) { __typename ... on ValidationError { issues { path message } } } }`, { s: 's'.repeat(201), b: 'b'.repeat(5001) });
    expect(long.data!.inviteCandidate.issues.map((i: any) => i.path[0])).toEqual(['emailSubject', 'emailBody']);
    await unchanged();
    const status = await gw.gql(tenant.adminKey, `{ candidate(id: "${candidateId}") { status interviews { id } } }`);
    expect(status.data!.candidate).toEqual({ status: 'NEW', interviews: [] });
  });

  it('refuses pages beyond 100, bad cursors and first with last as query errors with code VALIDATION', async () => {
    const big = await gw.gql(tenant.adminKey, `{ candidates(first: 101) { totalCount } }`);
    expect(big.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const cursor = await gw.gql(tenant.adminKey, `{ candidates(after: "garbage") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const both = await gw.gql(tenant.adminKey, `{ candidates(first: 5, last: 5) { totalCount } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
