import { SCOPES } from './auth/scopes.js';
import { createApiKey, type CreatedApiKey } from './domain/api-keys.js';
import type { PrismaClient } from './generated/prisma/client.js';

/**
 * On an empty database, creates organization `default` and a key with every scope, so a
 * newcomer can make a first request at once. Returns the key only when it was just created.
 */
export async function bootstrapEmptyDatabase(prisma: PrismaClient): Promise<CreatedApiKey | null> {
  if ((await prisma.organization.count()) > 0) return null;
  // Instances starting together on one empty database all get here: INSERT … ON CONFLICT DO
  // NOTHING lets exactly one of them create the organization (and so the key), the others go on.
  const { count } = await prisma.organization.createMany({ data: [{ slug: 'default', name: 'Default organization' }], skipDuplicates: true });
  if (count === 0) return null;
  const organization = await prisma.organization.findUniqueOrThrow({ where: { slug: 'default' } });
  return createApiKey(prisma, { organizationId: organization.id, scopes: [...SCOPES], name: 'bootstrap key (all scopes)' });
}
