import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantScoped } from '../../src/domain/tenant-scope.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

describe.each(backends)('tenant-scoped data access on %s', (backend) => {
  let gw: TestGateway;
  let mine: Tenant;
  let theirs: Tenant;
  let theirCandidateId: string;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    mine = await gw.tenant();
    theirs = await gw.tenant();
    const made = await gw.gql(theirs.adminKey, `mutation { createCandidate(input: { fullName: "Their Person", email: "their@example.com" }) { ... on CandidatePayload { candidate { id } } } }`);
    theirCandidateId = made.data!.createCandidate.candidate.id.slice('cand_'.length);
  });
  afterAll(() => gw.close());

  it("cannot read, count, change or delete another organization's row, even when the query forgets the organization", async () => {
    const scoped = tenantScoped(gw.app.services.db.prisma, mine.organizationId);
    expect(await scoped.candidate.findUnique({ where: { id: theirCandidateId } })).toBeNull();
    expect(await scoped.candidate.findFirst({ where: { id: theirCandidateId } })).toBeNull();
    expect(await scoped.candidate.findMany({ where: { OR: [{ id: theirCandidateId }, { email: 'their@example.com' }] } })).toEqual([]);
    expect(await scoped.candidate.count()).toBe(0);
    expect((await scoped.candidate.updateMany({ where: { id: theirCandidateId }, data: { notes: 'x' } })).count).toBe(0);
    await expect(scoped.candidate.update({ where: { id: theirCandidateId }, data: { notes: 'x' } })).rejects.toThrow();
    expect((await scoped.candidate.deleteMany({ where: { id: theirCandidateId } })).count).toBe(0);
    await expect(
      scoped.jobPosition.create({ data: { organizationId: theirs.organizationId, title: 'Planted', requiredSkills: [] } }),
    ).rejects.toThrow(/another organization/);
    const own = await scoped.jobPosition.create({ data: { title: 'Mine', requiredSkills: [] } as never });
    expect(own.organizationId).toBe(mine.organizationId);

    // Inside an interactive transaction too, and in a batch of operations.
    const inside = await scoped.$transaction(async (tx) => ({
      found: await tx.candidate.findUnique({ where: { id: theirCandidateId } }),
      counted: await tx.candidate.count(),
      changed: (await tx.candidate.updateMany({ where: { id: theirCandidateId }, data: { notes: 'x' } })).count,
    }));
    expect(inside).toEqual({ found: null, counted: 0, changed: 0 });
    expect(await scoped.$transaction([scoped.candidate.count(), scoped.candidate.findMany({ where: { id: theirCandidateId } })])).toEqual([0, []]);

    const unscoped = gw.app.services.db.prisma;
    expect(await unscoped.candidate.findUnique({ where: { id: theirCandidateId }, select: { notes: true } })).toEqual({ notes: null });
  });
});
