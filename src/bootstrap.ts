import { SCOPES } from './auth/scopes.js';
import { createApiKey, type CreatedApiKey } from './domain/api-keys.js';
import type { PrismaClient } from './generated/prisma/client.js';

/**
 * On an empty database, creates organization `default` and a key with every scope, so a
 * newcomer can make a first request at once. Returns the key only when it was just created.
 */
export async function bootstrapEmptyDatabase(prisma: PrismaClient): Promise<CreatedApiKey | null> {
  if ((await prisma.organization.count()) > 0) return null;
  const organization = await prisma.organization.create({ data: { slug: 'default', name: 'Default organization' } });
  return createApiKey(prisma, { organizationId: organization.id, scopes: [...SCOPES], name: 'bootstrap key (all scopes)' });
}
