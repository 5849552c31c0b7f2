import type { ApiKey, PrismaClient } from '../generated/prisma/client.js';
import type { ApiKeyCache } from './api-key-cache.js';
import { hashApiKey, hashesEqual, parseApiKey } from './api-key-format.js';
import { isScope, type Scope } from './scopes.js';

export interface Auth {
  organizationId: string;
  apiKeyId: string;
  keyPrefix: string;
  keyName: string;
  scopes: ReadonlySet<Scope>;
}

export type AuthFailure = 'missing' | 'malformed' | 'unknown' | 'revoked';

/** `X-API-Key: <key>` or `Authorization: Bearer <key>`, as the four vendor dialects send it. */
export function presentedKey(headers: { get(name: string): string | null }): string | null {
  const direct = headers.get('x-api-key')?.trim();
  if (direct) return direct;
  const authorization = headers.get('authorization')?.trim();
  const bearer = authorization && /^Bearer\s+(\S+)$/i.exec(authorization);
  return bearer ? (bearer[1] ?? null) : null;
}

const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticate(
  prisma: PrismaClient,
  key: string | null,
  cache?: ApiKeyCache,
): Promise<{ ok: true; auth: Auth } | { ok: false; reason: AuthFailure; keyPrefix?: string }> {
  if (!key) return { ok: false, reason: 'missing' };
  // The same key as a moment ago, against the same cached record: already parsed, hashed and compared.
  const recalled = cache?.recall(key);
  if (recalled && lastUseIsFresh(recalled.record, Date.now())) return { ok: true, auth: recalled.auth };
  const parsed = parseApiKey(key);
  if (!parsed) return { ok: false, reason: 'malformed' };
  let record = cache?.get(parsed.prefix) ?? null;
  if (!record) {
    record = await prisma.apiKey.findUnique({ where: { prefix: parsed.prefix } });
    if (record) cache?.set(record);
  }
  if (!record || !hashesEqual(record.hash, hashApiKey(key))) return { ok: false, reason: 'unknown', keyPrefix: parsed.prefix };
  if (record.revokedAt) return { ok: false, reason: 'revoked', keyPrefix: parsed.prefix };
  const now = Date.now();
  if (!lastUseIsFresh(record, now)) {
    // Last-used is kept to the minute so a busy key does not cost a write per request.
    record = await prisma.apiKey.update({ where: { id: record.id }, data: { lastUsedAt: new Date(now) } });
    cache?.set(record);
  }
  const auth: Auth = {
    organizationId: record.organizationId,
    apiKeyId: record.id,
    keyPrefix: record.prefix,
    keyName: record.name,
    scopes: new Set(record.scopes.filter(isScope)),
  };
  cache?.remember(key, record, auth);
  return { ok: true, auth };
}

function lastUseIsFresh(record: ApiKey, now: number): boolean {
  return record.lastUsedAt !== null && now - record.lastUsedAt.getTime() <= LAST_USED_RESOLUTION_MS;
}
