import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

const PAGE_QUERY = `query($first: Int!) {
  candidates(first: $first) {
    totalCount
    edges { node {
      id fullName status
      jobPosition { id title candidateCounts { status count } }
      owner { name }
      latestInterview { status totalSteps completedSteps }
      cv { summary workExperiences { company title } education { institution } skills { name category } certifications { name } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe.each(backends)('database work per request on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  beforeAll(async () => {
    // No background worker: its polling would add statements that are not the request's.
    gw = await startTestGateway(backend, {}, { worker: false });
    tenant = await gw.tenant();
    const { prisma } = gw.app.services.db;
    const owner = await prisma.user.create({ data: { organizationId: tenant.organizationId, email: 'owner@acme.io', name: 'Olivia Owner' } });
    const positions = await Promise.all(
      ['Backend', 'Frontend', 'Data'].map((title) => prisma.jobPosition.create({ data: { organizationId: tenant.organizationId, title } })),
    );
    for (let i = 0; i < 110; i += 1) {
      const email = `c${i}@example.com`;
      await prisma.candidate.create({
        data: {
          organizationId: tenant.organizationId,
          jobPositionId: positions[i % 3]!.id,
          ownerId: owner.id,
          firstName: `First${i}`,
          lastName: `Last${i}`,
          fullName: `First${i} Last${i}`,
          email,
          emailNormalized: email,
          status: i % 2 ? 'INVITED' : 'NEW',
          cv: {
            create: {
              summary: 'Engineer',
              workExperiences: { create: [{ position: 0, company: 'Acme', title: 'Dev' }, { position: 1, company: 'Globex', title: 'Lead' }] },
              education: { create: [{ position: 0, institution: 'Vilnius University' }] },
              skills: { create: [{ position: 0, name: 'TypeScript', category: 'TECHNICAL' }, { position: 1, name: 'Leadership', category: 'SOFT' }] },
              certifications: { create: [{ position: 0, name: 'AWS SAA' }] },
            },
          },
          interviews: i % 2 ? { create: [{ organizationId: tenant.organizationId, token: `t${i}${'x'.repeat(30)}`, expiresAt: new Date(Date.now() + 86_400_000), totalSteps: 3, completedSteps: 1 }] } : undefined,
        },
      });
    }
  });
  afterAll(() => gw.close());

  async function queriesFor(first: number) {
    const before = gw.app.services.db.queryCount();
    const res = await gw.gql(tenant.adminKey, PAGE_QUERY, { first });
    expect(res.errors).toBeUndefined();
    expect(res.data!.candidates.edges).toHaveLength(first);
    return { count: gw.app.services.db.queryCount() - before, res };
  }

  it('sends the same number of SQL statements for first: 5 and first: 100 with nested CV, position and latest interview', async () => {
    await queriesFor(5); // warm the last-used timestamp of the key so both runs do the same auth work
    const small = await queriesFor(5);
    const large = await queriesFor(100);
    expect(small.count).toBeGreaterThan(0);
    expect(large.count).toBe(small.count);
    const node = large.res.data!.candidates.edges.find((e: any) => e.node.latestInterview)!.node;
    expect(node.cv.workExperiences).toEqual([{ company: 'Acme', title: 'Dev' }, { company: 'Globex', title: 'Lead' }]);
    expect(node.latestInterview).toEqual({ status: 'ACTIVE', totalSteps: 3, completedSteps: 1 });
    expect(node.jobPosition.candidateCounts.find((c: any) => c.status === 'NEW').count).toBeGreaterThan(0);
    expect(large.res.data!.candidates.totalCount).toBe(110);
    console.info(`[${backend}] SQL statements per candidates page: first 5 → ${small.count}, first 100 → ${large.count}`);
  });
});
