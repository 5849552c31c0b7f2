import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, type Auth } from '../../src/auth/authenticate.js';
import { searchKeywords } from '../../src/domain/candidates/search-keywords.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

const ALL_SCALARS = `__typename id firstName lastName fullName email phone title notes status cvScore interviewScore cvText aiEvaluation
  upsides shortcomings analysisViewed importSource importedWithoutCv originalCvFileName externalId metadata createdAt updatedAt erasedAt`;
const RELATIONS = `jobPosition { __typename id title status } owner { name }
  cv { __typename summary linkedinUrl parsedAt parseSource skills { name category proficiency } workExperiences { company title startDate endDate isCurrent description }
       education { institution degree field } certifications { name issuer } }`;
const CONNECTION = `__typename totalCount pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } edges { __typename cursor node { ${ALL_SCALARS} ${RELATIONS} } }`;
const PAGE = `query Page($first: Int, $after: String, $filter: CandidateFilter, $orderBy: CandidateOrder) {
  candidates(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { ${CONNECTION} } }`;
const ORDERS = [undefined, { field: 'CREATED_AT', direction: 'ASC' }, { field: 'UPDATED_AT', direction: 'DESC' }, { field: 'NAME' }, { field: 'NAME', direction: 'DESC' }];

// Names a JSON writer must escape, as people and imports really send them.
const PEOPLE = ['Zoë O\'Brien', 'Łukasz "Luke" Żak', 'Back\\slash Person', 'Tab\tName', '山田 太郎', 'Émile 🚀 Zola', 'Ann Lee', 'ann lee', 'Bob  Two'];

describe.each(backends)('compiled read plans on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let otherTenant: Tenant;
  let positionIds: string[] = [];
  let candidateIds: string[] = [];
  let foreignCandidateId = '';

  beforeAll(async () => {
    gw = await startTestGateway(backend, {}, { worker: false });
    tenant = await gw.tenant();
    otherTenant = await gw.tenant();
    const { prisma } = gw.app.services.db;
    const owner = await prisma.user.create({ data: { organizationId: tenant.organizationId, email: 'owner@acme.io', name: 'Olivia "Owner"' } });
    const positions = await Promise.all(
      ['Backend', 'Data\nScience'].map((title) => prisma.jobPosition.create({ data: { organizationId: tenant.organizationId, title } })),
    );
    positionIds = positions.map((p) => p.id);
    // Shared instants make ties, which only the id breaks.
    const instants = [new Date('2026-01-01T00:00:00.000Z'), new Date('2026-01-01T00:00:00.000Z'), new Date('2026-03-04T05:06:07.089Z')];
    for (let i = 0; i < 27; i += 1) {
      const name = PEOPLE[i % PEOPLE.length]!;
      const [firstName, ...rest] = name.split(' ');
      const email = i % 4 === 3 ? null : `Person.${i}@Example.com`;
      const created = await prisma.candidate.create({
        data: {
          organizationId: tenant.organizationId,
          jobPositionId: i % 5 === 4 ? null : positions[i % 2]!.id,
          ownerId: i % 3 === 0 ? owner.id : null,
          firstName: firstName!,
          lastName: rest.join(' ') || '-',
          fullName: name,
          email,
          emailNormalized: email?.toLowerCase() ?? null,
          searchKeywords: searchKeywords({ fullName: name, email, skills: i % 4 === 2 ? [] : [{ name: 'TypeScript' }, { name: 'Leadership' }] }),
          phone: i % 2 ? '+370 600 00000' : null,
          notes: i % 3 === 1 ? 'line one\nline "two"\u0001' : null,
          status: (['NEW', 'INVITED', 'REJECTED', 'PENDING'] as const)[i % 4],
          cvScore: i % 2 ? i * 3 : null,
          upsides: i % 2 ? ['fast', 'kind "and" careful'] : [],
          importSource: i % 3 ? 'api' : 'celper',
          metadata: i % 2 ? { nested: { list: [1, 'two', null, true], 'key with space': 'ü' }, n: 1.5 } : {},
          createdAt: instants[i % 3],
          updatedAt: new Date(Date.UTC(2026, 5, 1 + (i % 7))),
          cv:
            i % 4 === 2
              ? undefined
              : {
                  create: {
                    summary: i % 2 ? 'Engineer' : null,
                    parseSource: 'MANUAL',
                    workExperiences: { create: [{ position: 1, company: 'Globex', title: 'Lead', isCurrent: true }, { position: 0, company: 'Acme', title: 'Dev', startDate: '2020-01' }] },
                    education: i % 2 ? { create: [{ position: 0, institution: 'Vilnius University', degree: 'BSc' }] } : undefined,
                    skills: { create: [{ position: 1, name: 'Leadership', category: 'SOFT' }, { position: 0, name: 'TypeScript', category: 'TECHNICAL', proficiency: 'EXPERT' }] },
                  },
                },
        },
      });
      candidateIds.push(created.id);
    }
    const foreign = await prisma.candidate.create({
      data: { organizationId: otherTenant.organizationId, firstName: 'Other', lastName: 'Tenant', fullName: 'Other Tenant', importSource: 'api' },
    });
    foreignCandidateId = foreign.id;
  });
  afterAll(() => gw.close());

  /** A request as an already authenticated caller (graphql-ws's path): no key lookup or last-used write among its statements. */
  async function request(auth: Auth, query: string, variables: Record<string, unknown>) {
    const response = await gw.app.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }, { auth });
    const body = (await response.json()) as { data?: any; errors?: any[] };
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** The same request with plans off (the executor) and on: the answers must be identical. */
  async function both(query: string, variables: Record<string, unknown> = {}, key = tenant.adminKey) {
    const found = await authenticate(gw.app.services.db.prisma, key);
    if (!found.ok) throw new Error(found.reason);
    const config = gw.app.services.config as { READ_PLANS: 'on' | 'off' };
    config.READ_PLANS = 'off';
    const executor = await request(found.auth, query, variables);
    config.READ_PLANS = 'on';
    const before = gw.app.services.db.queryCount();
    const planned = await request(found.auth, query, variables);
    const statements = gw.app.services.db.queryCount() - before;
    expect(planned).toEqual(executor);
    return { ...planned, statements };
  }

  it('schema.prisma maps no table or column names, which plans read from the model names', () => {
    expect(readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8')).not.toMatch(/@@?map\(/);
  });

  it('answers a page with every scalar and relation exactly as the executor does, in one statement', async () => {
    const page = await both(PAGE, { first: 10 });
    expect(page.statements).toBe(1);
    expect(page.data!.candidates.edges).toHaveLength(10);
    expect(page.data!.candidates.totalCount).toBe(27);
    const withCv = page.data!.candidates.edges.find((e: any) => e.node.cv)!.node;
    expect(withCv.cv.skills.map((s: any) => s.name)).toEqual(['TypeScript', 'Leadership']);
  });

  it('walks every ordering page by page to the same rows, cursors and page info, each row once', async () => {
    for (const orderBy of ORDERS) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const res = await both(PAGE, { first: 6, after, orderBy });
        const connection = res.data!.candidates;
        seen.push(...connection.edges.map((e: any) => e.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen.length).toBe(27);
      expect(new Set(seen).size).toBe(27);
    }
  });

  it('filters as the executor does, and a filter that can match nothing is an empty page', async () => {
    const filters = [
      { status: ['INVITED', 'PENDING'] },
      { status: [] },
      { jobPositionId: `pos_${positionIds[1]}` },
      { jobPositionId: `cand_${candidateIds[0]}` },
      { email: 'PERSON.4@example.COM' },
      { updatedSince: '2026-06-04T00:00:00Z' },
      { createdSince: '2026-03-01T00:00:00Z', importSource: 'celper' },
    ];
    for (const filter of filters) {
      const res = await both(PAGE, { first: 4, filter });
      expect(res.statements).toBe(1);
    }
    expect((await both(PAGE, { first: 50, filter: { email: 'person.4@EXAMPLE.com' } })).data!.candidates.totalCount).toBe(1);
  });

  it('searches, ranks and pages by relevance or by a field like the executor, in one statement', async () => {
    for (const [search, orderBy] of [['ann lee', undefined], ['zoe', undefined], ['typescript', undefined], ['person', { field: 'NAME' }], ['example.com', { field: 'UPDATED_AT', direction: 'DESC' }]] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const res = await both(PAGE, { first: 4, after, filter: { search }, orderBy });
        expect(res.statements).toBe(1);
        seen.push(...res.data!.candidates.edges.map((e: any) => e.node.id));
        if (!res.data!.candidates.pageInfo.hasNextPage) break;
        after = res.data!.candidates.pageInfo.endCursor;
      }
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('reads fragments, aliases, several roots and first: 0 like the executor', async () => {
    const query = `query Two($id: ID!) {
      __typename
      a: candidates(first: 2) { edges { node { ...Person } } }
      b: candidates(first: 3, orderBy: { field: NAME }) { totalCount edges { node { ... on Node { id } fullName cv { ...Cv } } } }
      none: candidates(first: 0) { totalCount pageInfo { hasNextPage startCursor endCursor } edges { cursor } }
      one: candidate(id: $id) { ...Person }
    }
    fragment Person on Candidate { id fullName name: fullName status cv { ...Cv } jobPosition { title } }
    fragment Cv on CandidateCv { skills { name } ...Cv2 }
    fragment Cv2 on CandidateCv { skills { category } workExperiences { company } }`;
    const res = await both(query, { id: `cand_${candidateIds[1]}` });
    expect(res.statements).toBe(1);
    expect(res.data!.none).toEqual({ totalCount: 27, pageInfo: { hasNextPage: true, startCursor: null, endCursor: null }, edges: [] });
    expect(res.data!.one.name).toBe(res.data!.one.fullName);
    // Parts that aggregate nothing over the page's rows, on a full page and on an empty one.
    for (const status of [['NEW'], ['SELECTED'], []]) {
      const counted = await both(`query($status: [CandidateStatus!]) { candidates(filter: { status: $status }) { __typename totalCount } }`, { status });
      expect(counted.statements).toBe(1);
      expect(counted.data!.candidates.__typename).toBe('CandidateConnection');
    }
  });

  it('answers candidate(id) for found, foreign, malformed and position-scoped ids like the executor', async () => {
    const one = `query One($id: ID!, $jobPositionId: ID) { candidate(id: $id, jobPositionId: $jobPositionId) { ${ALL_SCALARS} ${RELATIONS} } }`;
    const found = await both(one, { id: `cand_${candidateIds[0]}` });
    expect(found.data!.candidate.id).toBe(`cand_${candidateIds[0]}`);
    expect((await both(one, { id: `cand_${foreignCandidateId}` })).data!.candidate).toBeNull();
    expect((await both(one, { id: 'cand_nope' })).data!.candidate).toBeNull();
    expect((await both(one, { id: `cand_${candidateIds[0]}`, jobPositionId: `pos_${positionIds[0]}` })).data!.candidate).not.toBeNull();
    expect((await both(one, { id: `cand_${candidateIds[0]}`, jobPositionId: `pos_${positionIds[1]}` })).data!.candidate).toBeNull();
  });

  it('leaves errors, missing scopes and what it does not compile to the executor, with the same answers', async () => {
    const invalidCursor = await both(PAGE, { first: 2, after: 'not-a-cursor' });
    expect(invalidCursor.errors![0]!.extensions!.code).toBe('VALIDATION');
    const otherOrdering = (await both(PAGE, { first: 2 })).data!.candidates.pageInfo.endCursor;
    expect((await both(PAGE, { first: 2, after: otherOrdering, orderBy: { field: 'NAME' } })).errors![0]!.extensions!.code).toBe('VALIDATION');
    expect((await both(PAGE, { first: 101 })).errors![0]!.extensions!.code).toBe('VALIDATION');
    const narrow = await tenant.key(['read:candidates']);
    await both(PAGE, { first: 3 }, narrow);
    // Not compiled: an offset, a backward page, a directive, a resolver-only field.
    await both(`{ candidates(first: 3, offset: 2) { edges { cursor node { id } } } }`);
    await both(`{ candidates(last: 3) { pageInfo { hasPreviousPage } edges { node { id } } } }`);
    await both(`query($x: Boolean!) { candidates(first: 3) { edges { node { id email @include(if: $x) } } } }`, { x: false });
    await both(`{ candidates(first: 3) { edges { node { id latestInterview { status } } } } }`);
  });
});
