import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

const RESULT = `__typename ... on Error { code message } ... on CandidatePayload { candidate { id status analysisViewed interviewScore } }`;

describe.each(backends)('candidate lifecycle on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let positionId: string;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
    const res = await gw.gql(tenant.adminKey, `mutation { createJobPosition(input: { title: "Senior Developer", requiredSkills: ["TypeScript", "React"] }) { ... on JobPositionPayload { jobPosition { id title } } } }`);
    positionId = res.data!.createJobPosition.jobPosition.id;
  });
  afterAll(() => gw.close());

  async function create(email: string) {
    const res = await gw.gql(
      tenant.adminKey,
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { __typename ... on CandidatePayload { candidate { id status fullName cv { skills { name category } } } } ... on Error { code message } } }`,
      { input: { jobPositionId: positionId, firstName: 'Jonas', lastName: 'Kazlauskas', email, cv: { summary: 'Senior developer', skills: [{ name: 'TypeScript', category: 'TECHNICAL', proficiency: 'EXPERT' }] } } },
    );
    expect(res.data!.createCandidate.__typename).toBe('CandidatePayload');
    return res.data!.createCandidate.candidate;
  }

  it('runs create → invite → completeInterview → select (ANALYSIS_NOT_VIEWED) → markAnalysisViewed → select, each precondition with its own code', async () => {
    const candidate = await create('jonas@example.com');
    expect(candidate).toMatchObject({ status: 'NEW', fullName: 'Jonas Kazlauskas', cv: { skills: [{ name: 'TypeScript', category: 'TECHNICAL' }] } });
    const id = candidate.id;
    expect(id).toMatch(/^cand_[0-9a-f-]{36}$/);

    const early = await gw.gql(tenant.adminKey, `mutation { selectCandidate(input: { candidateId: "${id}" }) { ${RESULT} ... on InvalidStatusError { currentStatus allowedStatuses } } }`);
    expect(early.data!.selectCandidate).toMatchObject({ __typename: 'InvalidStatusError', code: 'INVALID_STATUS', currentStatus: 'NEW', allowedStatuses: ['INTERVIEWED'] });

    const notInvited = await gw.gql(tenant.adminKey, `mutation { completeInterview(input: { candidateId: "${id}", interviewScore: 85 }) { ${RESULT} } }`);
    expect(notInvited.data!.completeInterview.code).toBe('INVALID_STATUS');

    const invite = await gw.gql(
      tenant.adminKey,
      `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { __typename ... on InviteCandidatePayload { invited sessionId expiresAt emailDelivery candidate { status } session { status interviewUrl } } ... on Error { code message } } }`,
      { input: { candidateId: id, jobPositionId: positionId, emailSubject: 'Your interview for Senior Developer at Acme Corp', emailBody: 'Hi Jonas,\n\nPlease click the link below to begin:\n{interviewLink}\n\nThe link expires in 7 days.' } },
    );
    const invited = invite.data!.inviteCandidate;
    expect(invited).toMatchObject({ __typename: 'InviteCandidatePayload', invited: true, candidate: { status: 'INVITED' }, session: { status: 'ACTIVE' } });
    expect(invited.sessionId).toMatch(/^sess_/);
    expect(['PENDING', 'SENT']).toContain(invited.emailDelivery);
    const expiresInDays = (Date.parse(invited.expiresAt) - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(6.99);
    expect(expiresInDays).toBeLessThanOrEqual(7);

    const again = await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${id}" }) { __typename ... on Error { code } } }`);
    expect(again.data!.inviteCandidate.code).toBe('INVALID_STATUS');

    const progress = await gw.gql(tenant.adminKey, `mutation { reportInterviewProgress(input: { candidateId: "${id}", planId: "plan-123", totalSteps: 3, completedSteps: 1 }) { __typename ... on InterviewProgressPayload { session { status totalSteps completedSteps planId } } ... on Error { code } } }`);
    expect(progress.data!.reportInterviewProgress.session).toEqual({ status: 'IN_PROGRESS', totalSteps: 3, completedSteps: 1, planId: 'plan-123' });

    const status = await gw.gql(tenant.adminKey, `{ candidateStatus(id: "${id}") { status analysisViewed interviewScore candidateName latestInterview { planId totalSteps completedSteps status } } }`);
    expect(status.data!.candidateStatus).toEqual({ status: 'INVITED', analysisViewed: false, interviewScore: null, candidateName: 'Jonas Kazlauskas', latestInterview: { planId: 'plan-123', totalSteps: 3, completedSteps: 1, status: 'IN_PROGRESS' } });

    const done = await gw.gql(tenant.adminKey, `mutation { completeInterview(input: { candidateId: "${id}", interviewScore: 85, aiEvaluation: "Strong", upsides: ["TypeScript"], shortcomings: ["DevOps"] }) { ${RESULT} } }`);
    expect(done.data!.completeInterview.candidate).toMatchObject({ status: 'INTERVIEWED', interviewScore: 85, analysisViewed: false });

    const unviewed = await gw.gql(tenant.adminKey, `mutation { selectCandidate(input: { candidateId: "${id}" }) { ${RESULT} } }`);
    expect(unviewed.data!.selectCandidate).toMatchObject({ __typename: 'AnalysisNotViewedError', code: 'ANALYSIS_NOT_VIEWED' });

    const viewed = await gw.gql(tenant.adminKey, `mutation { markAnalysisViewed(input: { candidateId: "${id}" }) { ${RESULT} } }`);
    expect(viewed.data!.markAnalysisViewed.candidate.analysisViewed).toBe(true);

    const selected = await gw.gql(tenant.adminKey, `mutation { selectCandidate(input: { candidateId: "${id}", jobPositionId: "${positionId}" }) { ${RESULT} } }`);
    expect(selected.data!.selectCandidate.candidate.status).toBe('SELECTED');

    const reject = await gw.gql(tenant.adminKey, `mutation { rejectCandidate(input: { candidateId: "${id}", reason: "late" }) { ${RESULT} } }`);
    expect(reject.data!.rejectCandidate).toMatchObject({ code: 'INVALID_STATUS' });

    const history = await gw.gql(tenant.adminKey, `{ candidateEvents(candidateId: "${id}") { edges { node { type fromStatus toStatus actorType actorName createdAt } } } }`);
    expect(history.data!.candidateEvents.edges.map((e: any) => [e.node.type, e.node.fromStatus, e.node.toStatus])).toEqual([
      ['CREATED', null, 'NEW'],
      ['STATUS_CHANGED', 'NEW', 'INVITED'],
      ['STATUS_CHANGED', 'INVITED', 'INTERVIEWED'],
      ['STATUS_CHANGED', 'INTERVIEWED', 'SELECTED'],
    ]);
    expect(history.data!.candidateEvents.edges[1].node.actorType).toBe('API_KEY');

    // The outbox sender delivers the invitation as an .eml file (no SMTP_URL), with the link in its body.
    const { prisma } = gw.app.services.db;
    const email = await eventually(async () => {
      const message = await prisma.emailMessage.findFirst({ where: { candidateId: id.slice(5) } });
      return message?.status === 'SENT' ? message : undefined;
    });
    const eml = await readFile(join(gw.dataDir, 'mail', `${email.id}.eml`), 'utf8');
    expect(eml).toContain('To: jonas@example.com');
    expect(eml).toContain('Subject: Your interview for Senior Developer at Acme Corp');
    expect(eml).toContain(invited.session.interviewUrl);
  });

  it('rejects with a reason kept in the history', async () => {
    const { id } = await create('reject-me@example.com');
    await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${id}" }) { __typename } }`);
    await gw.gql(tenant.adminKey, `mutation { completeInterview(input: { candidateId: "${id}", interviewScore: 40 }) { __typename } }`);
    await gw.gql(tenant.adminKey, `mutation { markAnalysisViewed(input: { candidateId: "${id}" }) { __typename } }`);
    const rejected = await gw.gql(tenant.adminKey, `mutation { rejectCandidate(input: { candidateId: "${id}", reason: "Not enough React" }) { ${RESULT} } }`);
    expect(rejected.data!.rejectCandidate.candidate.status).toBe('REJECTED');
    const history = await gw.gql(tenant.adminKey, `{ candidate(id: "${id}") { events { toStatus reason } } }`);
    expect(history.data!.candidate.events.at(-1)).toEqual({ toStatus: 'REJECTED', reason: 'Not enough React' });
  });
});
