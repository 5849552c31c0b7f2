import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANDIDATE_STATUSES, TRANSITIONS, allowedStatuses, check } from '../../src/domain/candidates/status-machine.js';
import { candidateStatus as peopleLensStatus } from '../../src/rest/peoplelens/peoplelens-shapes.js';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { MIME, simplePdf } from '../support/resumes.js';

const backends = await availableBackends();

describe('the status table', () => {
  it('lists, for every event, the statuses it may start from, and refuses the others with those statuses', () => {
    for (const [event, rule] of Object.entries(TRANSITIONS)) {
      for (const status of CANDIDATE_STATUSES) {
        if (rule.from.includes(status)) continue;
        expect(() => check(status, event as keyof typeof TRANSITIONS, { email: 'a@b.c', analysisViewed: true }), `${event} from ${status}`).toThrow(
          expect.objectContaining({ code: 'INVALID_STATUS', allowedStatuses: allowedStatuses(event as keyof typeof TRANSITIONS) }),
        );
      }
    }
  });

  it('guards: no invitation or completion without an email, no decision before the analysis is viewed', () => {
    expect(() => check('NEW', 'INVITE', { email: null, analysisViewed: false })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => check('PENDING', 'COMPLETE', { email: null, analysisViewed: false })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
    expect(() => check('INTERVIEWED', 'SELECT', { email: 'a@b.c', analysisViewed: false })).toThrow(expect.objectContaining({ code: 'ANALYSIS_NOT_VIEWED' }));
    expect(() => check('INVITED', 'DELETE', { email: 'a@b.c', analysisViewed: false, liveSessionId: 's' })).toThrow(expect.objectContaining({ code: 'ACTIVE_SESSION' }));
    expect(check('INVITED', 'DELETE', { email: 'a@b.c', analysisViewed: false, liveSessionId: 's', force: true })).toBe('INVITED');
    expect(check('PENDING', 'COMPLETE', { email: 'a@b.c', analysisViewed: false })).toBe('NEW');
  });

  it('every status the table knows has a word in each REST dialect, and only decisions end the PeopleLens pipeline', () => {
    for (const status of CANDIDATE_STATUSES) {
      const terminal = !Object.values(TRANSITIONS).some((rule) => rule.to !== null && rule.from.includes(status));
      // Celper spells our statuses in lower case; PeopleLens folds everything before a decision into "active".
      expect(status.toLowerCase()).toMatch(/^[a-z]+$/);
      expect(peopleLensStatus(status) === 'active').toBe(!terminal);
    }
  });
});

describe.each(backends)('status machine and answer scopes on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let ownerId: string;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
    const user = await gw.gql(tenant.adminKey, `mutation { createUser(input: { email: "owner@acme.io", name: "Olivia Owner" }) { ... on UserPayload { user { id } } } }`);
    ownerId = user.data!.createUser.user.id;
  });
  afterAll(() => gw.close());

  async function createCandidate(input: Record<string, unknown>) {
    const res = await gw.gql(tenant.adminKey, `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { __typename ... on CandidatePayload { candidate { id status importedWithoutCv } } ... on Error { code message } } }`, { input });
    return res.data!.createCandidate;
  }

  it('makes an emailless résumé candidate NEW once it gets an email, and then it can be invited', async () => {
    const bytes = await simplePdf(['Tomas Petrauskas', 'Backend Engineer', '', 'Skills', 'Go, PostgreSQL, Docker']);
    const up = await gw.gql(tenant.adminKey, `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } ... on Error { code message } } }`, {
      input: { ownerId, fileName: 'cv.pdf', mimeType: MIME.pdf, contentBase64: Buffer.from(bytes).toString('base64') },
    });
    const uploadId = up.data!.uploadResume.upload.id;
    const candidate = await eventually(async () => {
      const res = await gw.gql(tenant.adminKey, `{ resumeUpload(id: "${uploadId}") { status candidate { id status } } }`);
      return res.data!.resumeUpload.status === 'COMPLETED' ? res.data!.resumeUpload.candidate : undefined;
    }, 60_000);
    expect(candidate.status).toBe('PENDING');
    const early = await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${candidate.id}" }) { __typename ... on InvalidStatusError { currentStatus allowedStatuses } } }`);
    expect(early.data!.inviteCandidate).toEqual({ __typename: 'InvalidStatusError', currentStatus: 'PENDING', allowedStatuses: ['NEW'] });

    const completed = await gw.gql(tenant.adminKey, `mutation { updateCandidate(input: { id: "${candidate.id}", email: "Tomas.P@example.com" }) { ... on CandidatePayload { candidate { status email events { type fromStatus toStatus } } } } }`);
    expect(completed.data!.updateCandidate.candidate).toMatchObject({ status: 'NEW', email: 'Tomas.P@example.com' });
    expect(completed.data!.updateCandidate.candidate.events.at(-1)).toEqual({ type: 'STATUS_CHANGED', fromStatus: 'PENDING', toStatus: 'NEW' });
    const invited = await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${candidate.id}" }) { __typename ... on InviteCandidatePayload { candidate { status } } } }`);
    expect(invited.data!.inviteCandidate).toEqual({ __typename: 'InviteCandidatePayload', candidate: { status: 'INVITED' } });
  });

  it('creates an emailless API candidate as PENDING, and one with a CV as imported with a CV', async () => {
    expect(await createCandidate({ fullName: 'No Mail' })).toMatchObject({ candidate: { status: 'PENDING', importedWithoutCv: true } });
    expect(await createCandidate({ fullName: 'With Cv', email: 'with.cv@example.com', cv: { summary: 'x' } })).toMatchObject({ candidate: { status: 'NEW', importedWithoutCv: false } });
  });

  it('lets an action:invite key and a write:interviews key read the candidate they just changed', async () => {
    const { candidate } = await createCandidate({ fullName: 'Scope Reader', email: 'scope.reader@example.com' });
    const inviter = await tenant.key(['action:invite']);
    const invite = await gw.gql(inviter, `mutation { inviteCandidate(input: { candidateId: "${candidate.id}" }) { ... on InviteCandidatePayload { candidate { id status } session { status } } } }`);
    expect(invite.errors).toBeUndefined();
    expect(invite.data!.inviteCandidate).toEqual({ candidate: { id: candidate.id, status: 'INVITED' }, session: { status: 'ACTIVE' } });

    const interviewer = await tenant.key(['write:interviews']);
    const done = await gw.gql(interviewer, `mutation { completeInterview(input: { candidateId: "${candidate.id}", interviewScore: 77 }) { ... on CandidatePayload { candidate { id status interviewScore } } ... on Error { code } } }`);
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeInterview).toEqual({ candidate: { id: candidate.id, status: 'INTERVIEWED', interviewScore: 77 } });
  });

  it('refuses, before acting, a mutation whose answer selects what the key cannot read, naming the missing scope', async () => {
    const { candidate } = await createCandidate({ fullName: 'Not Yet', email: 'not.yet@example.com' });
    const inviter = await tenant.key(['action:invite']);
    const res = await gw.gql(inviter, `mutation { inviteCandidate(input: { candidateId: "${candidate.id}" }) { ... on InviteCandidatePayload { candidate { id events { type } } } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'read:candidates' });
    expect(res.errors?.[0]?.message).toContain('read:candidates');
    const after = await gw.gql(tenant.adminKey, `{ candidate(id: "${candidate.id}") { status interviews { id } } }`);
    expect(after.data!.candidate).toEqual({ status: 'NEW', interviews: [] });

    const reader = await tenant.key(['read:candidates']);
    const denied = await gw.gql(reader, `mutation { deleteCandidate(input: { id: "${candidate.id}" }) { __typename } }`);
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'write:candidates' });
    expect(denied.errors?.[0]?.message).toMatch(/write:candidates/);
  });
});
