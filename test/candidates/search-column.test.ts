import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

const SEARCH = `query($q: String) { candidates(filter: { search: $q }) { totalCount edges { node { fullName } } } }`;
const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ... on CandidatePayload { candidate { id } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { __typename ... on Error { code message } } }`;

interface QueryEvent {
  query: string;
  params: string;
}

describe.each(backends)('the stored search text on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  const statements: QueryEvent[] = [];

  beforeAll(async () => {
    gw = await startTestGateway(backend, {}, { worker: false });
    tenant = await gw.tenant();
    const client = gw.app.services.db.prisma as unknown as { $on(event: 'query', listener: (e: QueryEvent) => void): void };
    client.$on('query', (e) => statements.push(e));
  });
  afterAll(() => gw.close());

  const names = async (q: string): Promise<string[]> => {
    const res = await gw.gql(tenant.adminKey, SEARCH, { q });
    expect(res.errors).toBeUndefined();
    return res.data!.candidates.edges.map((e: any) => e.node.fullName);
  };
  const storedText = async (id: string) =>
    (await gw.app.services.db.prisma.$queryRaw<{ searchText: string }[]>`SELECT "searchText" FROM "Candidate" WHERE id = ${id.slice(5)}::uuid`)[0]!.searchText;

  it('follows every write of name and skills, computed by the database from the keywords', async () => {
    const created = await gw.gql(tenant.adminKey, CREATE, {
      input: { fullName: 'Ona Žukauskaitė', title: 'Platform Engineer', cv: { skills: [{ name: 'Kubernetes' }, { name: 'Machine Learning' }] } },
    });
    const id: string = created.data!.createCandidate.candidate.id;
    await gw.gql(tenant.adminKey, CREATE, { input: { fullName: 'Other Person', title: 'Designer', cv: { skills: [{ name: 'Figma' }] } } });

    expect(await storedText(id)).toBe('ona zukauskaite platform engineer kubernetes machine learning machine learning');
    expect(await names('kubernetes')).toEqual(['Ona Žukauskaitė']);
    expect(await names('zukauskaite')).toEqual(['Ona Žukauskaitė']);

    const skills = await gw.gql(tenant.adminKey, UPDATE, { input: { id, cv: { skills: [{ name: 'Terraform' }] } } });
    expect(skills.data!.updateCandidate.__typename).toBe('CandidatePayload');
    expect(await names('kubernetes')).toEqual([]);
    expect(await names('terraform')).toEqual(['Ona Žukauskaitė']);

    await gw.gql(tenant.adminKey, UPDATE, { input: { id, fullName: 'Ona Petraitytė' } });
    expect(await names('zukauskaite')).toEqual([]);
    expect(await names('petraityte terraform')).toEqual(['Ona Petraitytė']);
    expect(await storedText(id)).toBe('ona petraityte platform engineer terraform');
  });

  it('cannot be written around: the database refuses a value that is not the generated one', async () => {
    const [row] = await gw.app.services.db.prisma.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Candidate" LIMIT 1`;
    await expect(gw.app.services.db.prisma.$executeRaw`UPDATE "Candidate" SET "searchText" = 'stale' WHERE id = ${row!.id}::uuid`).rejects.toThrow();
  });

  it('is what a search filters and ranks by, through its trigram index', async () => {
    // Other candidates of the same organization, so its own index narrows nothing, and a vacuum so the
    // planner sees the trigram index without the pending list of these fresh rows.
    await gw.app.services.db.prisma.$executeRaw`
      INSERT INTO "Candidate" (id, "organizationId", "firstName", "lastName", "fullName", "searchKeywords", "updatedAt")
      SELECT gen_random_uuid(), ${tenant.organizationId}::uuid, 'Filler', 'N' || i, 'Filler N' || i, ARRAY['filler', 'n' || i, 'designer'], now()
      FROM generate_series(1, 3000) AS i`;
    await gw.app.services.db.prisma.$executeRawUnsafe('VACUUM ANALYZE "Candidate"');
    // The resolver's statements, whose ranked page (searchPageSql) the compiled read plans embed as it is:
    // on PostgreSQL a plan runs on the pool as a prepared statement, outside Prisma's query events.
    (gw.app.services.config as { READ_PLANS: string }).READ_PLANS = 'off';
    statements.length = 0;
    expect(await names('terraform')).toEqual(['Ona Petraitytė']);
    (gw.app.services.config as { READ_PLANS: string }).READ_PLANS = 'on';
    const search = statements.find((s) => s.query.includes('word_similarity'));
    expect(search, 'the ranked page statement').toBeDefined();
    const plan = await gw.app.services.db.prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${search!.query}`, ...(JSON.parse(search!.params) as unknown[]));
    const text = plan.map((line) => line['QUERY PLAN']).join('\n');
    expect(text).toContain('Bitmap Index Scan on "Candidate_searchText_trgm_idx"');
    expect(text).toContain(`Index Cond: ("searchText" ~~ '%terraform%'::text)`);
    expect(text).not.toContain('candidate_search_text');
  });
});
