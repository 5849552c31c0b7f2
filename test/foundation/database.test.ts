import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPendingMigrations, migrationsDir } from '../../src/db/migrations.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();
const migrationNames = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe.each(backends)('schema and migrations on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  beforeAll(async () => {
    gw = await startTestGateway(backend);
    tenant = await gw.tenant();
  });
  afterAll(() => gw.close());

  it('records one finished _prisma_migrations row per migration directory, as prisma migrate deploy does', async () => {
    const rows = await gw.app.services.db.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null; checksum: string }[]>`
      SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(await applyPendingMigrations(gw.app.services.db)).toEqual([]);
  });

  it('still reports a migration recorded as failed when every directory is applied', async () => {
    const { prisma } = gw.app.services.db;
    await prisma.$executeRaw`
      INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
      VALUES ('00000000-0000-4000-8000-00000000f41d', ${'0'.repeat(64)}, '99999999999999_failed_elsewhere', now(), 0)`;
    try {
      await expect(applyPendingMigrations(gw.app.services.db)).rejects.toThrow(/failed/i);
    } finally {
      await prisma.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = '99999999999999_failed_elsewhere'`;
    }
    expect(await applyPendingMigrations(gw.app.services.db)).toEqual([]);
  });

  it('enforces email uniqueness per job position in the database', async () => {
    const { prisma } = gw.app.services.db;
    const position = await prisma.jobPosition.create({ data: { organizationId: tenant.organizationId, title: 'Engineer' } });
    const other = await prisma.jobPosition.create({ data: { organizationId: tenant.organizationId, title: 'Designer' } });
    const base = { organizationId: tenant.organizationId, firstName: 'Jonas', lastName: 'K', fullName: 'Jonas K', email: 'J@x.io', emailNormalized: 'j@x.io' };
    await prisma.candidate.create({ data: { ...base, jobPositionId: position.id } });
    await expect(prisma.candidate.create({ data: { ...base, jobPositionId: position.id } })).rejects.toThrow(/Unique constraint/i);
    await expect(prisma.candidate.create({ data: { ...base, jobPositionId: other.id } })).resolves.toBeDefined();
  });

  it('rejects rows that break the CHECK constraints', async () => {
    const { prisma } = gw.app.services.db;
    const base = { organizationId: tenant.organizationId, firstName: 'A', lastName: 'B', fullName: 'A B' };
    await expect(prisma.candidate.create({ data: { ...base, notes: 'x'.repeat(10 * 1024 + 1) } })).rejects.toThrow();
    await expect(prisma.candidate.create({ data: { ...base, email: 'A@b.io', emailNormalized: 'other@b.io' } })).rejects.toThrow();
    await expect(prisma.candidate.create({ data: { ...base, cvScore: 101 } })).rejects.toThrow();
    await expect(prisma.candidate.create({ data: { ...base, notes: 'x'.repeat(10 * 1024) } })).resolves.toBeDefined();
  });

  it('allows one live interview session per candidate', async () => {
    const { prisma } = gw.app.services.db;
    const candidate = await prisma.candidate.create({
      data: { organizationId: tenant.organizationId, firstName: 'S', lastName: 'T', fullName: 'S T', email: 's@t.io', emailNormalized: 's@t.io', status: 'INVITED' },
    });
    const session = { organizationId: tenant.organizationId, candidateId: candidate.id, expiresAt: new Date(Date.now() + 86_400_000) };
    await prisma.interviewSession.create({ data: { ...session, token: 'a'.repeat(40) } });
    await expect(prisma.interviewSession.create({ data: { ...session, token: 'b'.repeat(40) } })).rejects.toThrow();
    await expect(prisma.interviewSession.create({ data: { ...session, token: 'c'.repeat(40), status: 'CANCELLED' } })).resolves.toBeDefined();
  });
});
