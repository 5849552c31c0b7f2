import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKeywords } from '../../src/domain/candidates/search-keywords.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

const SEARCH = `query($q: String, $first: Int, $after: String, $last: Int, $before: String) {
  candidates(filter: { search: $q }, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id fullName title cv { skills { name } } } }
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
  }
}`;

describe.each(backends)('candidate search in SQL on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;

  async function insert(fullName: string, title: string, skill: string) {
    const skills = [{ name: skill }];
    await gw.app.services.db.prisma.candidate.create({
      data: {
        organizationId: tenant.organizationId,
        firstName: fullName.split(' ')[0]!,
        lastName: fullName.split(' ')[1]!,
        fullName,
        title,
        searchKeywords: searchKeywords({ fullName, title, skills }),
        cv: { create: { skills: { create: [{ position: 0, name: skill, category: 'TECHNICAL' }] } } },
      },
    });
  }

  beforeAll(async () => {
    gw = await startTestGateway(backend, {}, { worker: false });
    tenant = await gw.tenant();
    // 12 whole-word matches for "kubernetes", 6 that only contain it, 60 "beta" and 10 "alpha" candidates.
    for (let i = 0; i < 12; i += 1) await insert(`Kube Whole${i}`, 'Platform Engineer', 'Kubernetes');
    for (let i = 0; i < 6; i += 1) await insert(`Kube Part${i}`, 'Operator', 'kubernetesops');
    for (let i = 0; i < 60; i += 1) await insert(`Beta Person${i}`, 'Beta tester', 'Go');
    for (let i = 0; i < 10; i += 1) await insert(`Alpha Person${i}`, 'Alpha tester', 'Rust');
  });
  afterAll(() => gw.close());

  async function page(variables: Record<string, unknown>) {
    const res = await gw.gql(tenant.adminKey, SEARCH, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.candidates;
  }

  async function all(q: string, size: number) {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: any = await page({ q, first: size, after });
      names.push(...p.edges.map((e: any) => e.node.fullName));
      if (!p.pageInfo.hasNextPage) return names;
      after = p.pageInfo.endCursor;
    }
  }

  it('ranks whole-word matches above partial ones, and pages forward and backward by keyset', async () => {
    const names = await all('kubernetes', 5);
    expect(names).toHaveLength(18);
    expect(new Set(names).size).toBe(18);
    expect(names.slice(0, 12).every((n) => n.startsWith('Kube Whole'))).toBe(true);
    expect(names.slice(12).every((n) => n.startsWith('Kube Part'))).toBe(true);
    expect((await page({ q: 'kubernetes', first: 0 })).totalCount).toBe(18);

    const first = await page({ q: 'kubernetes', first: 5 });
    const second = await page({ q: 'kubernetes', first: 5, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const back = await page({ q: 'kubernetes', last: 5, before: second.edges[0].cursor });
    expect(back.edges.map((e: any) => e.node.fullName)).toEqual(first.edges.map((e: any) => e.node.fullName));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('keeps the pages after a cursor stable while better matches are inserted', async () => {
    const before = await all('kubernetes', 5);
    const first = await page({ q: 'kubernetes', first: 5 });
    const seen = first.edges.map((e: any) => e.node.fullName);
    expect(seen).toEqual(before.slice(0, 5));
    // Inserted matches rank with or above everything not yet read: offsets would shift every later page.
    for (let i = 0; i < 7; i += 1) await insert(`Kube New${i}`, 'Kubernetes', 'Kubernetes');
    const rest: string[] = [];
    let after: string | null = first.pageInfo.endCursor;
    for (;;) {
      const p: any = await page({ q: 'kubernetes', first: 5, after });
      rest.push(...p.edges.map((e: any) => e.node.fullName));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(rest.filter((n) => !n.startsWith('Kube New'))).toEqual(before.slice(5));
    expect(rest.some((n) => seen.includes(n))).toBe(false);
    expect((await page({ q: 'kubernetes', first: 0 })).totalCount).toBe(25);
  });

  it('sends the same number of SQL statements for a search page whether 10 or 60 candidates match', async () => {
    const statements = async (q: string) => {
      const start = gw.app.services.db.queryCount();
      const p = await page({ q, first: 5 });
      expect(p.edges).toHaveLength(5);
      return { count: gw.app.services.db.queryCount() - start, total: p.totalCount };
    };
    await statements('alpha'); // warm the key's last-used timestamp so both runs do the same auth work
    const few = await statements('alpha');
    const many = await statements('beta');
    expect(few.total).toBe(10);
    expect(many.total).toBe(60);
    expect(many.count).toBe(few.count);
    console.info(`[${backend}] SQL statements per search page: 10 matches → ${few.count}, 60 matches → ${many.count}`);
  });

  it('pages a search in an explicit order by keyset, and refuses a cursor of another ordering', async () => {
    const ordered = `query($after: String) { candidates(filter: { search: "alpha" }, orderBy: { field: NAME, direction: DESC }, first: 4, after: $after) { edges { cursor node { fullName } } pageInfo { hasNextPage endCursor } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await gw.gql(tenant.adminKey, ordered, { after });
      expect(res.errors).toBeUndefined();
      names.push(...res.data.candidates.edges.map((e: any) => e.node.fullName));
      if (!res.data.candidates.pageInfo.hasNextPage) break;
      after = res.data.candidates.pageInfo.endCursor;
    }
    expect(names).toEqual([...names].sort().reverse());
    expect(names).toHaveLength(10);
    const relevanceCursor = (await page({ q: 'alpha', first: 1 })).pageInfo.endCursor;
    const mismatched = await gw.gql(tenant.adminKey, ordered, { after: relevanceCursor });
    expect(mismatched.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});
