import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import * as example from './peoplelens.examples.js';
import { expectDocumentedShape, expectRequestId, restClient } from './rest-support.js';

const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ... on CandidatePayload { candidate { id } } ... on Error { code message } } }`;
const INVITE = `mutation($id: ID!) { inviteCandidate(input: { candidateId: $id }) { ... on InviteCandidatePayload { sessionId } ... on Error { code } } }`;
const PROGRESS = `mutation($id: ID!) { reportInterviewProgress(input: { candidateId: $id, planId: "plan-123", totalSteps: 3, completedSteps: 1 }) { ... on InterviewProgressPayload { session { status } } ... on Error { code } } }`;
const COMPLETE = `mutation($id: ID!) { completeInterview(input: { candidateId: $id, interviewScore: 80 }) { ... on CandidatePayload { candidate { status } } ... on Error { code } } }`;
const VIEWED = `mutation($id: ID!) { markAnalysisViewed(input: { candidateId: $id }) { ... on CandidatePayload { candidate { analysisViewed } } } }`;

// PGlite only: the dialect adds no storage behaviour beyond what the Celper suite runs on both backends.
describe('PeopleLens dialect on pglite', () => {
  let gw: TestGateway;
  let tenant: Tenant;
  let positionId: string;
  let rest: ReturnType<typeof restClient>;
  let key: { bearer: string };
  let n = 0;
  const plId = (id: string) => `can-${id.slice('cand_'.length)}`;

  async function create(): Promise<string> {
    n += 1;
    const res = await gw.gql(tenant.adminKey, CREATE, {
      input: { jobPositionId: positionId, firstName: 'Jane', lastName: 'Doe', email: `jane.doe${n}@example.com`, externalId: `ext-${n}`, metadata: { source: 'peoplelens' } },
    });
    return res.data!.createCandidate.candidate.id;
  }

  beforeAll(async () => {
    gw = await startTestGateway('pglite');
    tenant = await gw.tenant();
    key = { bearer: tenant.adminKey };
    const position = await gw.gql(tenant.adminKey, `mutation { createJobPosition(input: { title: "Frontend Developer" }) { ... on JobPositionPayload { jobPosition { id } } } }`);
    positionId = position.data!.createJobPosition.jobPosition.id;
    rest = restClient(gw, 'peoplelens');
  });
  afterAll(() => gw.close());

  it('GET /api/v1/candidates/{id} — the documented profile with job_searches, external_id and metadata', async () => {
    const id = await create();
    const res = await rest('GET', `/api/v1/candidates/${plId(id)}`, key);
    expect(res.status).toBe(200);
    expectRequestId(res);
    expectDocumentedShape(res.body, example.candidate);
    expect(res.body).toEqual({
      id: plId(id),
      first_name: 'Jane',
      last_name: 'Doe',
      email: `jane.doe${n}@example.com`,
      status: 'active',
      job_id: `job-${positionId.slice('pos_'.length)}`,
      job_searches: { id: `job-${positionId.slice('pos_'.length)}`, title: 'Frontend Developer', status: 'active' },
      external_id: `ext-${n}`,
      metadata: { source: 'peoplelens' },
    });
    for (const missing of [`can-123e4567-e89b-12d3-a456-426614174000`, id, 'job-123', '123e4567-e89b-12d3-a456-426614174000']) {
      const res404 = await rest('GET', `/api/v1/candidates/${missing}`, key);
      expect(res404.status, missing).toBe(404);
      expectDocumentedShape(res404.body, example.error);
    }
  });

  it('PATCH — the documented request; "hired" selects (409 until interviewed and viewed, nothing else changed)', async () => {
    const id = await create();
    const res = await rest('PATCH', `/api/v1/candidates/${plId(id)}`, key, { ...example.updateRequest, email: 'jane.smith@example.com', external_id: 'crm-42', metadata: { team: 'web' } });
    expect(res.status).toBe(200);
    expectDocumentedShape(res.body, example.updated);
    expect(res.body).toEqual({ id: plId(id), first_name: 'string', last_name: 'string', email: 'jane.smith@example.com', status: 'active' });
    const read = await rest('GET', `/api/v1/candidates/${plId(id)}`, key);
    expect(read.body).toMatchObject({ external_id: 'crm-42', metadata: { team: 'web' } });

    const early = await rest('PATCH', `/api/v1/candidates/${plId(id)}`, key, { status: 'hired', first_name: 'Janet' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('invalid_status');
    expect((await rest('GET', `/api/v1/candidates/${plId(id)}`, key)).body.first_name).toBe('string');

    await gw.gql(tenant.adminKey, INVITE, { id });
    await gw.gql(tenant.adminKey, COMPLETE, { id });
    const unviewed = await rest('PATCH', `/api/v1/candidates/${plId(id)}`, key, { status: 'hired' });
    expect(unviewed.status).toBe(409);
    expect(unviewed.body.error.code).toBe('analysis_not_viewed');
    await gw.gql(tenant.adminKey, VIEWED, { id });
    const hired = await rest('PATCH', `/api/v1/candidates/${plId(id)}`, key, { status: 'hired', first_name: 'Janet' });
    expect(hired.status).toBe(200);
    expect(hired.body).toMatchObject({ status: 'hired', first_name: 'Janet' });
    expect((await rest('PATCH', `/api/v1/candidates/${plId(id)}`, key, { status: 'active' })).body.status).toBe('hired');
  });

  it('PATCH — "rejected" rejects; validation and duplicate email errors', async () => {
    const id = await create();
    await gw.gql(tenant.adminKey, INVITE, { id });
    await gw.gql(tenant.adminKey, COMPLETE, { id });
    await gw.gql(tenant.adminKey, VIEWED, { id });
    const rejected = await rest('PATCH', `/api/v1/candidates/${plId(id)}`, key, { status: 'rejected' });
    expect(rejected.body).toMatchObject({ status: 'rejected' });

    const bad = await rest('PATCH', `/api/v1/candidates/${plId(id)}`, key, { status: 'in_progress' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation_error', details: [{ field: 'status' }] });
    const empty = await rest('PATCH', `/api/v1/candidates/${plId(id)}`, key, { first_name: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].field).toBe('first_name');
    const other = await create();
    const duplicate = await rest('PATCH', `/api/v1/candidates/${plId(other)}`, key, { email: `jane.doe${n - 1}@example.com` });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('duplicate_email');
  });

  it('GET /status — latest_interview plan steps while in progress; not_started without an interview', async () => {
    const id = await create();
    const before = await rest('GET', `/api/v1/candidates/${plId(id)}/status`, key);
    expect(before.body).toEqual({ candidate_id: plId(id), candidate_name: 'Jane Doe', status: 'not_started', latest_interview: null });
    await gw.gql(tenant.adminKey, INVITE, { id });
    expect((await rest('GET', `/api/v1/candidates/${plId(id)}/status`, key)).body).toMatchObject({ status: 'pending', latest_interview: { plan_status: 'active', completed_steps: 0 } });
    await gw.gql(tenant.adminKey, PROGRESS, { id });
    const res = await rest('GET', `/api/v1/candidates/${plId(id)}/status`, key);
    expect(res.status).toBe(200);
    expectDocumentedShape(res.body, example.status);
    expect(res.body).toMatchObject({ candidate_id: plId(id), candidate_name: 'Jane Doe', status: 'in_progress', latest_interview: { plan_id: 'plan-123', plan_status: 'active', total_steps: 3, completed_steps: 1 } });
    await gw.gql(tenant.adminKey, COMPLETE, { id });
    expect((await rest('GET', `/api/v1/candidates/${plId(id)}/status`, key)).body).toMatchObject({ status: 'completed', latest_interview: { plan_status: 'completed' } });
  });

  it('DELETE — 409 with an active session, 200 otherwise, then 404', async () => {
    const invited = await create();
    await gw.gql(tenant.adminKey, INVITE, { id: invited });
    const blocked = await rest('DELETE', `/api/v1/candidates/${plId(invited)}`, key);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe('active_session');
    const id = await create();
    const res = await rest('DELETE', `/api/v1/candidates/${plId(id)}`, key);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: plId(id), deleted: true });
    expect((await rest('DELETE', `/api/v1/candidates/${plId(id)}`, key)).status).toBe(404);
  });

  it('401 without a Bearer key, 403 without the scope', async () => {
    const id = await create();
    const res = await rest('GET', `/api/v1/candidates/${plId(id)}`, null);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    const reader = { bearer: await tenant.key(['read:candidates']) };
    const forbidden = await rest('DELETE', `/api/v1/candidates/${plId(id)}`, reader);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('forbidden');
  });
});
