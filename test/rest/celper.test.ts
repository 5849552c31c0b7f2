import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import * as example from './celper.examples.js';
import { expectDocumentedShape, expectRequestId, restClient } from './rest-support.js';

const backends = await availableBackends();

const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ... on CandidatePayload { candidate { id } } ... on Error { code message } } }`;
const INVITE = `mutation($id: ID!) { inviteCandidate(input: { candidateId: $id }) { ... on InviteCandidatePayload { sessionId } ... on Error { code } } }`;
const COMPLETE = `mutation($id: ID!) { completeInterview(input: { candidateId: $id, interviewScore: 85, aiEvaluation: "The candidate demonstrates strong technical proficiency...", upsides: ["TypeScript"], shortcomings: ["DevOps"] }) { ... on CandidatePayload { candidate { status } } ... on Error { code } } }`;
const VIEWED = `mutation($id: ID!) { markAnalysisViewed(input: { candidateId: $id }) { ... on CandidatePayload { candidate { analysisViewed } } } }`;

describe.each(backends)('Celper dialect on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let positionId: string;
  let otherPositionId: string;
  let rest: ReturnType<typeof restClient>;
  let key: { apiKey: string };
  let emails = 0;

  async function create(extra: Record<string, unknown> = {}): Promise<string> {
    emails += 1;
    const res = await gw.gql(tenant.adminKey, CREATE, {
      input: { jobPositionId: positionId, firstName: 'Jonas', lastName: 'Kazlauskas', email: `jonas${emails}@example.com`, phone: '+37060012345', notes: 'Strong candidate referred by engineering team', ...extra },
    });
    return res.data!.createCandidate.candidate.id;
  }
  async function interviewed(): Promise<string> {
    const id = await create();
    await gw.gql(tenant.adminKey, INVITE, { id });
    const done = await gw.gql(tenant.adminKey, COMPLETE, { id });
    expect(done.data!.completeInterview.candidate.status).toBe('INTERVIEWED');
    return id;
  }

  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
    key = { apiKey: tenant.adminKey };
    const position = `mutation { createJobPosition(input: { title: "Senior Developer" }) { ... on JobPositionPayload { jobPosition { id } } } }`;
    positionId = (await gw.gql(tenant.adminKey, position)).data!.createJobPosition.jobPosition.id;
    otherPositionId = (await gw.gql(tenant.adminKey, position)).data!.createJobPosition.jobPosition.id;
    rest = restClient(gw, 'celper');
  });
  afterAll(() => gw.close());

  it('GET /v1/candidates/{id}?jobPositionId — the documented profile, request id in body and header', async () => {
    const id = await interviewed();
    const res = await rest('GET', `/v1/candidates/${id}?jobPositionId=${positionId}`, key);
    expect(res.status).toBe(200);
    // Scores, CV text and file name come from résumé processing, which this candidate never had.
    expectDocumentedShape(res.body, example.getCandidate, ['data.cvScore', 'data.cvText', 'data.originalCvFileName']);
    expect(res.body.requestId).toBe(expectRequestId(res));
    expect(res.body.data).toMatchObject({ id, status: 'interviewed', interviewScore: 85, analysisViewed: false, importSource: 'api', phone: '+37060012345' });
    expect(res.body.data.sessionId).toMatch(/^sess_/);
  });

  it('GET: 404 outside the given position or for an unknown id, 400 without jobPositionId', async () => {
    const id = await create();
    const wrong = await rest('GET', `/v1/candidates/${id}?jobPositionId=${otherPositionId}`, key);
    expect(wrong.status).toBe(404);
    expectDocumentedShape(wrong.body, example.errorEnvelope);
    expect(wrong.body.requestId).toBe(expectRequestId(wrong));
    expect((await rest('GET', `/v1/candidates/cand_xyz789?jobPositionId=${positionId}`, key)).status).toBe(404);
    const missing = await rest('GET', `/v1/candidates/${id}`, key);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'jobPositionId' }] } });
  });

  it('PATCH — only the given fields change; 409 duplicate email; 400 validation', async () => {
    const id = await interviewed();
    const res = await rest('PATCH', `/v1/candidates/${id}?jobPositionId=${positionId}`, key, { phone: '+37060099999', notes: 'Updated contact number per recruiter request' });
    expect(res.status).toBe(200);
    expectDocumentedShape(res.body, example.updateCandidate);
    expect(res.body.data).toMatchObject({ phone: '+37060099999', notes: 'Updated contact number per recruiter request', firstName: 'Jonas', status: 'interviewed' });

    const other = await create();
    const taken = await rest('GET', `/v1/candidates/${other}?jobPositionId=${positionId}`, key);
    const duplicate = await rest('PATCH', `/v1/candidates/${id}?jobPositionId=${positionId}`, key, { email: taken.body.data.email });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ success: false, error: { code: 'DUPLICATE_EMAIL', details: { email: taken.body.data.email } } });

    const empty = await rest('PATCH', `/v1/candidates/${id}?jobPositionId=${positionId}`, key, { firstName: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('VALIDATION');
    expect(empty.body.error.details.issues[0].path).toBe('firstName');
    const wrongType = await rest('PATCH', `/v1/candidates/${id}?jobPositionId=${positionId}`, key, { phone: 37060099999 });
    expect(wrongType.status).toBe(400);
    const notJson = await rest('PATCH', `/v1/candidates/${id}?jobPositionId=${positionId}`, key, '{"phone":');
    expect(notJson.status).toBe(400);
    expect((await rest('PATCH', `/v1/candidates/${id}?jobPositionId=${otherPositionId}`, key, { phone: '1' })).status).toBe(404);
  });

  it('DELETE — 409 with an active session unless force=true; 404 afterwards', async () => {
    const id = await create();
    await gw.gql(tenant.adminKey, INVITE, { id });
    const blocked = await rest('DELETE', `/v1/candidates/${id}?jobPositionId=${positionId}`, key);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error).toMatchObject({ code: 'ACTIVE_SESSION', details: { sessionId: expect.stringMatching(/^sess_/) } });
    const forced = await rest('DELETE', `/v1/candidates/${id}?jobPositionId=${positionId}&force=true`, key);
    expect(forced.status).toBe(200);
    expectDocumentedShape(forced.body, example.deleteCandidate);
    expect((await rest('DELETE', `/v1/candidates/${id}?jobPositionId=${positionId}`, key)).status).toBe(404);
  });

  it('GET /status — status, analysisViewed, interviewScore', async () => {
    const id = await interviewed();
    await gw.gql(tenant.adminKey, VIEWED, { id });
    const res = await rest('GET', `/v1/candidates/${id}/status?jobPositionId=${positionId}`, key);
    expect(res.status).toBe(200);
    expectDocumentedShape(res.body, example.candidateStatus);
    expect(res.body.data).toEqual({ status: 'interviewed', analysisViewed: true, interviewScore: 85 });
    expect((await rest('GET', `/v1/candidates/${id}/status?jobPositionId=${otherPositionId}`, key)).status).toBe(404);
  });

  it('POST /invite — the documented curl with Idempotency-Key; a replay answers the same; 409 once invited; 404 in another position', async () => {
    const id = await create();
    const body = { jobPositionId: positionId, emailSubject: 'Your interview for Senior Developer at Acme Corp', emailBody: example.inviteEmailBody };
    const headers = { 'idempotency-key': `invite-${id}-2026-04-11` };
    const res = await rest('POST', `/v1/candidates/${id}/invite`, key, body, headers);
    expect(res.status).toBe(200);
    expectDocumentedShape(res.body, example.inviteCandidate);
    expect(res.body.data).toMatchObject({ invited: true, sessionId: expect.stringMatching(/^sess_/) });
    expect(['pending', 'sent']).toContain(res.body.data.emailDelivery);

    const replay = await rest('POST', `/v1/candidates/${id}/invite`, key, body, headers);
    expect(replay.status).toBe(200);
    expect(replay.body.data.sessionId).toBe(res.body.data.sessionId);

    const reused = await rest('POST', `/v1/candidates/${id}/invite`, key, { ...body, emailSubject: 'Another subject' }, headers);
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const again = await rest('POST', `/v1/candidates/${id}/invite`, key, { jobPositionId: positionId });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'INVALID_STATUS', details: { currentStatus: 'invited', allowedStatuses: ['new'] } });
    expect((await rest('POST', `/v1/candidates/${await create()}/invite`, key, { jobPositionId: otherPositionId })).status).toBe(404);
    expect((await rest('POST', `/v1/candidates/${id}/invite`, key, {})).status).toBe(400);
  });

  it('POST /select and /reject — each precondition has its own 409 body', async () => {
    const fresh = await create();
    const early = await rest('POST', `/v1/candidates/${fresh}/select`, key, { jobPositionId: positionId });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'INVALID_STATUS', details: { currentStatus: 'new', allowedStatuses: ['interviewed'] } });

    const id = await interviewed();
    const unviewed = await rest('POST', `/v1/candidates/${id}/select`, key, { jobPositionId: positionId }, { 'idempotency-key': `select-${id}` });
    expect(unviewed.status).toBe(409);
    expect(unviewed.body.error.code).toBe('ANALYSIS_NOT_VIEWED');
    expect(unviewed.body.error.message).not.toBe(early.body.error.message);

    await gw.gql(tenant.adminKey, VIEWED, { id });
    const selected = await rest('POST', `/v1/candidates/${id}/select`, key, { jobPositionId: positionId }, { 'idempotency-key': `select2-${id}` });
    expect(selected.status).toBe(200);
    expectDocumentedShape(selected.body, example.selectCandidate);
    expect(selected.body.data.status).toBe('selected');

    const other = await interviewed();
    const rejectUnviewed = await rest('POST', `/v1/candidates/${other}/reject`, key, { jobPositionId: positionId });
    expect(rejectUnviewed.body.error.code).toBe('ANALYSIS_NOT_VIEWED');
    await gw.gql(tenant.adminKey, VIEWED, { id: other });
    const rejected = await rest('POST', `/v1/candidates/${other}/reject`, key, { jobPositionId: positionId }, { 'idempotency-key': `reject-${other}` });
    expect(rejected.status).toBe(200);
    expectDocumentedShape(rejected.body, example.rejectCandidate);
    const twice = await rest('POST', `/v1/candidates/${other}/reject`, key, { jobPositionId: positionId });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('INVALID_STATUS');
    expect((await rest('POST', `/v1/candidates/${other}/reject`, key, { jobPositionId: otherPositionId })).status).toBe(404);
  });

  it('401 without or with a bad key, 403 without the scope, 404/405 for unknown routes', async () => {
    const id = await create();
    const none = await rest('GET', `/v1/candidates/${id}?jobPositionId=${positionId}`, null);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ success: false, error: { code: 'UNAUTHENTICATED' } });
    expect(none.body.requestId).toBe(expectRequestId(none));
    expect((await rest('GET', `/v1/candidates/${id}?jobPositionId=${positionId}`, { apiKey: 'cgw_nope' })).status).toBe(401);
    const reader = { apiKey: await tenant.key(['read:candidates']) };
    const forbidden = await rest('POST', `/v1/candidates/${id}/invite`, reader, { jobPositionId: positionId });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe('FORBIDDEN');
    expect((await rest('GET', `/v1/nothing`, key)).status).toBe(404);
    const wrongMethod = await rest('PUT', `/v1/candidates/${id}`, key);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, PATCH, DELETE');
  });
});
