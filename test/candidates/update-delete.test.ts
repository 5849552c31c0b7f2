import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();
const CV = `cv { summary parseSource workExperiences { company title startDate endDate isCurrent } education { institution degree endDate } skills { name category proficiency } certifications { name issuer issueDate } linkedinUrl }`;

describe.each(backends)('update, search and delete on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
  });
  afterAll(() => gw.close());

  async function create(input: Record<string, unknown>) {
    const res = await gw.gql(tenant.adminKey, `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { __typename ... on CandidatePayload { candidate { id fullName firstName lastName title ${CV} } } ... on Error { code message } } }`, { input });
    expect(res.data!.createCandidate.__typename).toBe('CandidatePayload');
    return res.data!.createCandidate.candidate;
  }

  it('creates a Round0-style candidate with a full name, no position and no email, and the whole Round0 CV', async () => {
    const created = await create({
      fullName: 'Jane M. Smith',
      title: 'Product Manager',
      cv: {
        summary: 'Product manager with 5+ years experience in B2B SaaS',
        workExperiences: [
          { company: 'TechStartup Inc', title: 'Senior Product Manager', startDate: '2021-03', isCurrent: true },
          { company: 'BigCorp', title: 'Product Manager', startDate: '2018-06', endDate: '2021-02' },
        ],
        education: [{ institution: 'State University', degree: 'MBA', field: 'Business Administration', endDate: '2018' }],
        skills: [{ name: 'Product Strategy', category: 'TECHNICAL', proficiency: 'EXPERT' }, { name: 'Leadership', category: 'SOFT' }],
        certifications: [{ name: 'Certified Scrum Product Owner', issuer: 'Scrum Alliance', issueDate: '2020-05' }],
        linkedinUrl: 'https://linkedin.com/in/janesmith',
      },
    });
    expect(created).toMatchObject({ fullName: 'Jane M. Smith', firstName: 'Jane M.', lastName: 'Smith', title: 'Product Manager' });
    expect(created.cv.workExperiences[0]).toEqual({ company: 'TechStartup Inc', title: 'Senior Product Manager', startDate: '2021-03', endDate: null, isCurrent: true });
    expect(created.cv.education[0]).toEqual({ institution: 'State University', degree: 'MBA', endDate: '2018' });
    expect(created.cv.parseSource).toBe('MANUAL');
  });

  it('changes only the given fields, replaces the CV whole, and removes it with cv: null', async () => {
    const c = await create({ firstName: 'Jonas', lastName: 'Kazlauskas', email: 'jonas@k.lt', phone: '+37060012345', cv: { summary: 'Old', skills: [{ name: 'Java' }] } });
    const patch = async (input: Record<string, unknown>) =>
      (await gw.gql(tenant.adminKey, `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { ... on CandidatePayload { candidate { firstName lastName fullName email phone notes ${CV} } } } }`, { input: { id: c.id, ...input } })).data!.updateCandidate.candidate;
    const phone = await patch({ phone: '+37060099999', notes: 'Updated contact number per recruiter request' });
    expect(phone).toMatchObject({ firstName: 'Jonas', lastName: 'Kazlauskas', email: 'jonas@k.lt', phone: '+37060099999', notes: 'Updated contact number per recruiter request' });
    expect(phone.cv.summary).toBe('Old');
    const replaced = await patch({ cv: { summary: 'Updated professional summary', workExperiences: [{ company: 'TechStartup Inc', title: 'VP of Product', startDate: '2024-01', isCurrent: true }] } });
    expect(replaced.cv.summary).toBe('Updated professional summary');
    expect(replaced.cv.skills).toEqual([]);
    expect(replaced.cv.workExperiences).toHaveLength(1);
    const renamed = await patch({ lastName: 'Petraitis' });
    expect(renamed.fullName).toBe('Jonas Petraitis');
    const removed = await patch({ cv: null, phone: null });
    expect(removed.cv).toBeNull();
    expect(removed.phone).toBeNull();
  });

  it('searches name, email, title and skills case- and accent-insensitively, best match first, and regenerates keywords on rename', async () => {
    await create({ fullName: 'Zoë Müller', email: 'zoe@muller.de', title: 'Data Engineer', cv: { skills: [{ name: 'PostgreSQL' }] } });
    await create({ fullName: 'Marta Zoeller', title: 'Designer' });
    const search = async (q: string) =>
      (await gw.gql(tenant.adminKey, `query($q: String) { candidates(filter: { search: $q }) { totalCount edges { node { fullName } } } }`, { q })).data!.candidates;
    expect((await search('zoe')).edges[0].node.fullName).toBe('Zoë Müller');
    expect((await search('MÜLLER')).edges.map((e: any) => e.node.fullName)).toEqual(['Zoë Müller']);
    expect((await search('postgresql')).edges.map((e: any) => e.node.fullName)).toEqual(['Zoë Müller']);
    expect((await search('data engineer')).totalCount).toBe(1);
    expect((await search('zoe@muller.de')).edges[0].node.fullName).toBe('Zoë Müller');
    const zoe = (await gw.gql(tenant.adminKey, `{ candidates(filter: { email: "ZOE@muller.de" }) { edges { node { id } } } }`)).data!.candidates.edges[0].node.id;
    await gw.gql(tenant.adminKey, `mutation { updateCandidate(input: { id: "${zoe}", fullName: "Zoë Schmidt" }) { __typename } }`);
    expect((await search('schmidt')).totalCount).toBe(1);
    const keywords = (await gw.app.services.db.prisma.candidate.findUniqueOrThrow({ where: { id: zoe.slice(5) }, select: { searchKeywords: true } })).searchKeywords;
    expect(keywords).toContain('schmidt');
    expect(keywords).not.toContain('muller');
  });

  it('pages through every candidate with cursors and filters by status and delta-sync time', async () => {
    const since = new Date().toISOString();
    for (let i = 0; i < 7; i += 1) await create({ fullName: `Page Person ${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await gw.gql(tenant.adminKey, `query($after: String, $since: DateTime) { candidates(first: 3, after: $after, filter: { createdSince: $since }, orderBy: { field: CREATED_AT, direction: ASC }) { totalCount edges { node { fullName } } pageInfo { hasNextPage endCursor } } }`, { after, since });
      seen.push(...res.data.candidates.edges.map((e: any) => e.node.fullName));
      expect(res.data.candidates.totalCount).toBe(7);
      if (!res.data.candidates.pageInfo.hasNextPage) break;
      after = res.data.candidates.pageInfo.endCursor;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `Page Person ${i}`));
    const numbered = await gw.gql(tenant.adminKey, `query($since: DateTime) { candidates(first: 3, offset: 3, filter: { createdSince: $since }, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { fullName } } pageInfo { hasNextPage hasPreviousPage } } }`, { since });
    expect(numbered.data!.candidates.edges.map((e: any) => e.node.fullName)).toEqual([3, 4, 5].map((i) => `Page Person ${i}`));
    expect(numbered.data!.candidates.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
    const both = await gw.gql(tenant.adminKey, `{ candidates(offset: 1, after: "x") { totalCount } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const byStatus = await gw.gql(tenant.adminKey, `{ candidates(filter: { status: [INVITED, SELECTED] }) { totalCount } }`);
    expect(byStatus.data!.candidates.totalCount).toBe(0);
  });

  it('refuses to delete an invited candidate with an active session unless force, which cancels the session first', async () => {
    const c = await create({ fullName: 'Del Ete', email: 'del@ete.io' });
    const invite = await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${c.id}" }) { ... on InviteCandidatePayload { sessionId } } }`);
    const refused = await gw.gql(tenant.adminKey, `mutation { deleteCandidate(input: { id: "${c.id}" }) { __typename ... on ActiveSessionError { code sessionId } } }`);
    expect(refused.data!.deleteCandidate).toEqual({ __typename: 'ActiveSessionError', code: 'ACTIVE_SESSION', sessionId: invite.data!.inviteCandidate.sessionId });
    expect((await gw.gql(tenant.adminKey, `{ candidate(id: "${c.id}") { id } }`)).data!.candidate).not.toBeNull();
    const forced = await gw.gql(tenant.adminKey, `mutation { deleteCandidate(input: { id: "${c.id}", force: true }) { __typename ... on DeleteCandidatePayload { deletedCandidateId cancelledSessionId } } }`);
    expect(forced.data!.deleteCandidate).toEqual({ __typename: 'DeleteCandidatePayload', deletedCandidateId: c.id, cancelledSessionId: invite.data!.inviteCandidate.sessionId });
    const { prisma } = gw.app.services.db;
    const uuid = c.id.slice(5);
    expect(await prisma.candidate.count({ where: { id: uuid } })).toBe(0);
    expect(await prisma.interviewSession.count({ where: { candidateId: uuid } })).toBe(0);
    expect(await prisma.candidateEvent.count({ where: { candidateId: uuid } })).toBe(0);
    expect(await prisma.emailMessage.count({ where: { candidateId: uuid } })).toBe(0);
    const again = await gw.gql(tenant.adminKey, `mutation { deleteCandidate(input: { id: "${c.id}" }) { __typename } }`);
    expect(again.data!.deleteCandidate.__typename).toBe('NotFoundError');
  });
});
