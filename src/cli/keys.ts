import { parseScopes } from '../auth/scopes.js';
import { loadConfig } from '../config.js';
import { createApiKey, revokeApiKey } from '../domain/api-keys.js';
import { findOrganizationBySlug } from '../domain/organizations.js';
import { auditCli, printTable, withDatabase } from './database.js';

export async function createKey(options: { org: string; scopes: string; name?: string; json?: boolean }) {
  const scopes = parseScopes(options.scopes);
  const created = await withDatabase(loadConfig(), async (db) => {
    const organization = await findOrganizationBySlug(db.prisma, options.org);
    const key = await createApiKey(db.prisma, { organizationId: organization.id, scopes, name: options.name });
    await auditCli(db, { organizationId: organization.id, action: 'apiKey.create', targetId: key.prefix, detail: { scopes, name: key.name } });
    return key;
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ key: created.key, prefix: created.prefix, scopes: created.scopes, name: created.name, organization: options.org })}\n`);
  } else {
    console.log(`API key "${created.name}" for ${options.org} with scopes ${created.scopes.join(', ')}. Shown only now:\n\n  ${created.key}\n`);
  }
}

export async function revokeKey(prefix: string) {
  await withDatabase(loadConfig(), async (db) => {
    const key = await revokeApiKey(db.prisma, prefix);
    await auditCli(db, { organizationId: key.organizationId, action: 'apiKey.revoke', targetId: key.prefix, detail: {} });
  });
  console.log(`Revoked ${prefix}.`);
}

/** Lists keys by their public prefix; the secret is never stored, and its hash is never shown. */
export async function listKeys(options: { org?: string; json?: boolean }) {
  const keys = await withDatabase(loadConfig(), async (db) => {
    const organization = options.org ? await findOrganizationBySlug(db.prisma, options.org) : null;
    return db.prisma.apiKey.findMany({
      where: organization ? { organizationId: organization.id } : {},
      orderBy: { createdAt: 'asc' },
      select: { prefix: true, name: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true, organization: { select: { slug: true } } },
    });
  });
  const rows = keys.map((k) => ({
    prefix: k.prefix,
    name: k.name,
    organization: k.organization.slug,
    scopes: k.scopes,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  if (rows.length === 0) console.log('No API keys. Create one with: candidate-gateway keys create --org <slug> --scopes <csv>');
  printTable(
    ['PREFIX', 'NAME', 'ORG', 'SCOPES', 'LAST USED', 'STATE'],
    rows.map((r) => [r.prefix, r.name, r.organization, r.scopes.join(','), r.lastUsedAt ?? 'never', r.revokedAt ? `revoked ${r.revokedAt}` : 'active']),
  );
}
