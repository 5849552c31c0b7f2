import type { PrismaClient } from '../generated/prisma/client.js';
import { generateApiKey } from '../auth/api-key-format.js';
import type { Scope } from '../auth/scopes.js';

export interface CreatedApiKey {
  id: string;
  key: string;
  prefix: string;
  name: string;
  scopes: Scope[];
  organizationId: string;
}

/** The only moment the whole key exists outside the caller: it is stored as a SHA-256 hash. */
export async function createApiKey(
  prisma: PrismaClient,
  input: { organizationId: string; scopes: Scope[]; name?: string | undefined },
): Promise<CreatedApiKey> {
  const generated = generateApiKey();
  const record = await prisma.apiKey.create({
    data: {
      organizationId: input.organizationId,
      name: input.name?.trim() || `key ${generated.prefix}`,
      prefix: generated.prefix,
      hash: generated.hash,
      scopes: input.scopes,
    },
  });
  return {
    id: record.id,
    key: generated.key,
    prefix: record.prefix,
    name: record.name,
    scopes: input.scopes,
    organizationId: record.organizationId,
  };
}

/** `announce` tells every running instance to forget the key now (gateways cache keys briefly). */
export async function revokeApiKey(prisma: PrismaClient, prefix: string, announce: (prefix: string) => void = () => {}) {
  const record = await prisma.apiKey.findUnique({ where: { prefix } });
  if (!record) throw new Error(`No API key with prefix "${prefix}".`);
  if (record.revokedAt) return record;
  const revoked = await prisma.apiKey.update({ where: { id: record.id }, data: { revokedAt: new Date() } });
  announce(prefix);
  return revoked;
}
