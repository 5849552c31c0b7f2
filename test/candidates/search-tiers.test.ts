import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankedPageSql, searchPageSql, type SearchKey, type SearchPageRequest } from '../../src/domain/candidates/search.js';
import { searchKeywords } from '../../src/domain/candidates/search-keywords.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

describe.each(backends)('one plain word read in tiers on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;

  beforeAll(async () => {
    gw = await startTestGateway(backend, {}, { worker: false });
    tenant = await gw.tenant();
    const { prisma } = gw.app.services.db;
    const people: { name: string; skill: string; email?: string }[] = [
      ...Array.from({ length: 9 }, (_, i) => ({ name: `Whole Kube${i}`, skill: 'Kubernetes' })),
      ...Array.from({ length: 7 }, (_, i) => ({ name: `Part Kube${i}`, skill: i % 2 ? 'kubernetesops' : 'kubernetes-helm-operator' })),
      { name: 'Both Kube', skill: 'Kubernetes kubernetesops' },
      // An email equal to the word: imports do not check emails, and the tier must rank it like the formula.
      { name: 'Odd Email', skill: 'Go', email: 'kubernetes' },
      { name: 'Odd Whole', skill: 'Kubernetes', email: 'kubernetes' },
      ...Array.from({ length: 20 }, (_, i) => ({ name: `Other Person${i}`, skill: 'Rust' })),
    ];
    for (const person of people) {
      await prisma.candidate.create({
        data: {
          organizationId: tenant.organizationId,
          firstName: person.name.split(' ')[0]!,
          lastName: person.name.split(' ')[1]!,
          fullName: person.name,
          email: person.email ?? null,
          emailNormalized: person.email ?? null,
          searchKeywords: [...searchKeywords({ fullName: person.name, skills: [{ name: person.skill }] }), ...(person.email ? [person.email] : [])],
        },
      });
    }
  });
  afterAll(() => gw.close());

  async function keys(sql: Prisma.Sql): Promise<SearchKey[]> {
    return gw.app.services.db.prisma.$queryRaw<SearchKey[]>(Prisma.sql`SELECT p.id::text AS id, p.key FROM (${sql}) p ORDER BY p.n`);
  }

  it('reads the same pages, keys and cursors as ranking every match, for every page size, cursor and offset', async () => {
    const scope = { organizationId: tenant.organizationId, jobPositionIds: [] };
    for (const search of ['kubernetes', 'kube', 'whole', 'rust', 'zzz', 'kubernetesops']) {
      const base: SearchPageRequest = { search, scope, order: { kind: 'relevance' }, take: 1000 };
      const all = await keys(rankedPageSql(base));
      expect(await keys(searchPageSql(base))).toEqual(all);
      for (const take of [1, 3, 7]) {
        let after: SearchKey | null = null;
        const walked: SearchKey[] = [];
        for (let pages = 0; pages < 40; pages += 1) {
          const request: SearchPageRequest = { ...base, take, after };
          const page = await keys(searchPageSql(request));
          expect(page).toEqual(await keys(rankedPageSql(request)));
          walked.push(...page);
          if (page.length < take) break;
          after = page.at(-1)!;
        }
        expect(walked).toEqual(all);
        expect(await keys(searchPageSql({ ...base, take, offset: 2 }))).toEqual(all.slice(2, 2 + take));
      }
    }
    const ranked = await keys(rankedPageSql({ search: 'kubernetes', scope, order: { kind: 'relevance' }, take: 100 }));
    // Exact email first (whole keyword as well, then not), then every whole keyword, then the parts of words.
    expect(ranked[0]!.key).toBe('4.000000');
    expect(ranked.filter((k) => k.key === '2.000000').length).toBeGreaterThanOrEqual(10);
    expect(ranked.at(-1)!.key < '2').toBe(true);
  });
});
