import { timingSafeEqual } from 'node:crypto';
import type { ApiKey } from '../generated/prisma/client.js';
import type { GatewayPubSub } from '../pubsub.js';
import { prefixOf } from './api-key-format.js';
import type { Auth } from './authenticate.js';

interface Entry {
  record: ApiKey;
  expiresAt: number;
  /** The key that was last checked against this record's hash, and what it proved. */
  verified?: { key: Buffer; auth: Auth };
}

/**
 * API-key records by prefix, kept briefly so a request does not cost a key lookup. Revocation
 * through the gateway is announced on pub/sub (`api-key:revoked`) and every instance drops the
 * key at once; the TTL bounds how long any other change (a revocation written by the CLI without
 * Redis, a deleted key) can go unseen.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(prefix: string): ApiKey | undefined {
    return this.live(prefix)?.record;
  }

  /**
   * What `key` proved when it was last checked against the cached record (see `remember`), if it
   * is the same key: compared in constant time, which costs a fraction of hashing it again.
   */
  recall(key: string): { record: ApiKey; auth: Auth } | undefined {
    const entry = this.live(prefixOf(key));
    const verified = entry?.verified;
    if (!verified) return undefined;
    const presented = Buffer.from(key, 'utf8');
    return presented.length === verified.key.length && timingSafeEqual(presented, verified.key) ? { record: entry.record, auth: verified.auth } : undefined;
  }

  /** Marks `key` as checked against the cached `record`; forgotten with the record (TTL, revocation, a newer record). */
  remember(key: string, record: ApiKey, auth: Auth): void {
    const entry = this.entries.get(record.prefix);
    if (entry?.record === record) entry.verified = { key: Buffer.from(key, 'utf8'), auth };
  }

  private live(prefix: string): Entry | undefined {
    const entry = this.entries.get(prefix);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(prefix);
      return undefined;
    }
    return entry;
  }

  set(record: ApiKey): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(record.prefix, { record, expiresAt: Date.now() + this.ttlMs });
  }

  invalidate(prefix: string): void {
    this.entries.delete(prefix);
  }
}

/** What a revocation calls: this instance forgets the key before the call returns, the others on the message. */
export function announceRevocation(services: { apiKeys: ApiKeyCache; pubsub: GatewayPubSub }): (prefix: string) => void {
  return (prefix) => {
    services.apiKeys.invalidate(prefix);
    services.pubsub.publish('api-key:revoked', 'all', { prefix });
  };
}
