import { loadConfig } from '../config.js';
import { createOrganization, organizationSlug } from '../domain/organizations.js';
import { printTable, withDatabase } from './database.js';

export async function createOrg(slug: string, options: { name?: string }) {
  const valid = organizationSlug.safeParse(slug);
  if (!valid.success) throw new Error(`Invalid organization slug "${slug}": ${valid.error.issues[0]?.message}.`);
  const organization = await withDatabase(loadConfig(), (db) => createOrganization(db.prisma, { slug, name: options.name }));
  console.log(`Created organization ${organization.slug} (${organization.name}).`);
}

export async function listOrgs(options: { json?: boolean }) {
  const organizations = await withDatabase(loadConfig(), (db) =>
    db.prisma.organization.findMany({
      orderBy: { createdAt: 'asc' },
      select: { slug: true, name: true, createdAt: true, _count: { select: { apiKeys: { where: { revokedAt: null } }, candidates: true } } },
    }),
  );
  const rows = organizations.map((o) => ({ slug: o.slug, name: o.name, createdAt: o.createdAt.toISOString(), activeKeys: o._count.apiKeys, candidates: o._count.candidates }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  if (rows.length === 0) console.log('No organizations yet. Create one with: candidate-gateway orgs create <slug>');
  printTable(
    ['SLUG', 'NAME', 'ACTIVE KEYS', 'CANDIDATES', 'CREATED'],
    rows.map((r) => [r.slug, r.name, String(r.activeKeys), String(r.candidates), r.createdAt]),
  );
}
