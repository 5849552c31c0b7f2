import type { ApiKey } from '../generated/prisma/client.js';
import type { GatewayPubSub } from '../pubsub.js';

/**
 * API-key records by prefix, kept briefly so a request does not cost a key lookup. Revocation
 * through the gateway is announced on pub/sub (`api-key:revoked`) and every instance drops the
 * key at once; the TTL bounds how long any other change (a revocation written by the CLI without
 * Redis, a deleted key) can go unseen.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, { record: ApiKey; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(prefix: string): ApiKey | undefined {
    const entry = this.entries.get(prefix);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(prefix);
      return undefined;
    }
    return entry.record;
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
