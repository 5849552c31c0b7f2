import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

describe.each(backends)('tenant isolation on %s', (backend) => {
  let gw: TestGateway;
  let a: Tenant;
  let b: Tenant;
  let candidateId: string;
  let positionId: string;
  let userId: string;
  let sessionId: string;
  let eventId: string;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    a = await gw.tenant();
    b = await gw.tenant();
    const position = await gw.gql(a.adminKey, `mutation { createJobPosition(input: { title: "Secret role" }) { ... on JobPositionPayload { jobPosition { id } } } }`);
    positionId = position.data!.createJobPosition.jobPosition.id;
    const user = await gw.gql(a.adminKey, `mutation { createUser(input: { email: "rec@a.io", name: "Recruiter A" }) { ... on UserPayload { user { id } } } }`);
    userId = user.data!.createUser.user.id;
    const created = await gw.gql(a.adminKey, `mutation { createCandidate(input: { jobPositionId: "${positionId}", ownerId: "${userId}", fullName: "Alice Secret", email: "alice@a.io" }) { ... on CandidatePayload { candidate { id } } } }`);
    candidateId = created.data!.createCandidate.candidate.id;
    const invite = await gw.gql(a.adminKey, `mutation { inviteCandidate(input: { candidateId: "${candidateId}" }) { ... on InviteCandidatePayload { sessionId } } }`);
    sessionId = invite.data!.inviteCandidate.sessionId;
    const events = await gw.gql(a.adminKey, `{ candidateEvents(candidateId: "${candidateId}") { edges { node { id } } } }`);
    eventId = events.data!.candidateEvents.edges[0].node.id;
  });
  afterAll(() => gw.close());

  it('answers every query about organization A with nothing for a key of organization B', async () => {
    const res = await gw.gql(
      b.adminKey,
      `{
        candidate(id: "${candidateId}") { id }
        candidateStatus(id: "${candidateId}") { status }
        jobPosition(id: "${positionId}") { id }
        candidateNode: node(id: "${candidateId}") { id }
        positionNode: node(id: "${positionId}") { id }
        userNode: node(id: "${userId}") { id }
        sessionNode: node(id: "${sessionId}") { id }
        eventNode: node(id: "${eventId}") { id }
        candidateEvents(candidateId: "${candidateId}") { edges { node { id } } }
        candidates(filter: { email: "alice@a.io" }) { totalCount edges { node { id } } }
        byPosition: candidates(filter: { jobPositionId: "${positionId}" }) { totalCount }
        search: candidates(filter: { search: "Alice" }) { totalCount }
        jobPositions { edges { node { id } } }
        users { edges { node { id } } }
      }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      candidate: null,
      candidateStatus: null,
      jobPosition: null,
      candidateNode: null,
      positionNode: null,
      userNode: null,
      sessionNode: null,
      eventNode: null,
      candidateEvents: { edges: [] },
      candidates: { totalCount: 0, edges: [] },
      byPosition: { totalCount: 0 },
      search: { totalCount: 0 },
      jobPositions: { edges: [] },
      users: { edges: [] },
    });
  });

  it.each([
    ['updateCandidate', (c: string) => `updateCandidate(input: { id: "${c}", phone: "+1" })`],
    ['deleteCandidate', (c: string) => `deleteCandidate(input: { id: "${c}", force: true })`],
    ['inviteCandidate', (c: string) => `inviteCandidate(input: { candidateId: "${c}" })`],
    ['selectCandidate', (c: string) => `selectCandidate(input: { candidateId: "${c}" })`],
    ['rejectCandidate', (c: string) => `rejectCandidate(input: { candidateId: "${c}" })`],
    ['markAnalysisViewed', (c: string) => `markAnalysisViewed(input: { candidateId: "${c}" })`],
    ['reportInterviewProgress', (c: string) => `reportInterviewProgress(input: { candidateId: "${c}", totalSteps: 2, completedSteps: 1 })`],
    ['completeInterview', (c: string) => `completeInterview(input: { candidateId: "${c}", interviewScore: 90 })`],
  ])('%s on organization A’s candidate is NOT_FOUND for organization B, and changes nothing', async (field, call) => {
    const res = await gw.gql(b.adminKey, `mutation { ${call(candidateId)} { __typename ... on Error { code message } } }`);
    expect(res.data![field]).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'Candidate not found' });
    const still = await gw.gql(a.adminKey, `{ candidate(id: "${candidateId}") { status phone analysisViewed } }`);
    expect(still.data!.candidate).toEqual({ status: 'INVITED', phone: null, analysisViewed: false });
  });

  it('does not let organization B attach candidates to A’s position or owner, or edit A’s position', async () => {
    const create = await gw.gql(b.adminKey, `mutation { createCandidate(input: { jobPositionId: "${positionId}", fullName: "Bob" }) { __typename ... on NotFoundError { entity } } }`);
    expect(create.data!.createCandidate).toEqual({ __typename: 'NotFoundError', entity: 'JobPosition' });
    const owner = await gw.gql(b.adminKey, `mutation { createCandidate(input: { ownerId: "${userId}", fullName: "Bob" }) { __typename ... on NotFoundError { entity } } }`);
    expect(owner.data!.createCandidate).toEqual({ __typename: 'NotFoundError', entity: 'User' });
    const update = await gw.gql(b.adminKey, `mutation { updateJobPosition(input: { id: "${positionId}", title: "Mine" }) { __typename } }`);
    expect(update.data!.updateJobPosition.__typename).toBe('NotFoundError');
    const named = await gw.gql(a.adminKey, `mutation { selectCandidate(input: { candidateId: "${candidateId}", jobPositionId: "pos_00000000-0000-0000-0000-000000000000" }) { __typename } }`);
    expect(named.data!.selectCandidate.__typename).toBe('NotFoundError');
  });

  it('treats malformed and wrongly typed ids as not found', async () => {
    const res = await gw.gql(a.adminKey, `{ a: candidate(id: "nonsense") { id } b: candidate(id: "${positionId}") { id } c: node(id: "cand_not-a-uuid") { id } }`);
    expect(res.data).toEqual({ a: null, b: null, c: null });
  });
});

describe.each(backends)('scopes on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
  });
  afterAll(() => gw.close());

  it.each([
    ['read:candidates', 'mutation { createCandidate(input: { fullName: "X" }) { __typename } }', 'createCandidate'],
    ['read:candidates', 'mutation { inviteCandidate(input: { candidateId: "cand_x" }) { __typename } }', 'inviteCandidate'],
    ['action:invite', 'mutation { selectCandidate(input: { candidateId: "cand_x" }) { __typename } }', 'selectCandidate'],
    ['write:candidates', '{ candidates { totalCount } }', 'candidates'],
    ['write:candidates', 'mutation { completeInterview(input: { candidateId: "cand_x", interviewScore: 1 }) { __typename } }', 'completeInterview'],
    ['write:candidates', 'mutation { createJobPosition(input: { title: "X" }) { __typename } }', 'createJobPosition'],
  ] as const)('a key with only %s is FORBIDDEN from %s', async (scope, query, field) => {
    const res = await gw.gql(await tenant.key([scope]), query);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.path).toEqual([field]);
  });
});
