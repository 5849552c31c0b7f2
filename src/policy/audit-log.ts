import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AppServices } from '../app-services.js';
import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { AuditResult } from '../generated/prisma/enums.js';

export interface AuditRecord {
  organizationId?: string | null;
  apiKeyId?: string | null;
  /** Only ever the public prefix of a key: an audit row must never hold a secret. */
  keyPrefix?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  result: AuditResult;
  detail?: Record<string, unknown>;
  requestId?: string | null;
  ip?: string | null;
}

/**
 * Writes one audit row without making the caller wait for it or fail with it: the audit log must
 * never cost a request its answer.
 */
export function recordAudit(services: Pick<AppServices, 'db' | 'logger'>, record: AuditRecord): void {
  void services.db.prisma.auditEntry
    .create({
      data: {
        organizationId: record.organizationId ?? null,
        apiKeyId: record.apiKeyId ?? null,
        keyPrefix: record.keyPrefix?.slice(0, 32) ?? null,
        action: record.action,
        targetType: record.targetType ?? null,
        targetId: record.targetId?.slice(0, 100) ?? null,
        result: record.result,
        detail: (record.detail ?? {}) as Prisma.InputJsonValue,
        requestId: record.requestId?.slice(0, 64) ?? null,
        ip: record.ip?.slice(0, 64) ?? null,
      },
    })
    .catch((error: unknown) => services.logger.warn({ err: error, action: record.action }, 'audit entry not written'));
}

type AuthFailureRecord = { reason: string; keyPrefix?: string | undefined; requestId: string; ip: string | null };

/** Anyone can fail to authenticate, so rows per address are capped: the log must not become a way to fill the database. */
const AUTH_FAILURE_ROWS_PER_ADDRESS_PER_MINUTE = 30;

/**
 * Records refused keys. A refused key is attributed to its organization when its prefix is
 * known, so that organization's admins see it.
 */
export function auditAuthFailures(services: Pick<AppServices, 'db' | 'logger'>): (failure: AuthFailureRecord) => void {
  const perAddress = new RateLimiterMemory({ keyPrefix: 'audit-auth', points: AUTH_FAILURE_ROWS_PER_ADDRESS_PER_MINUTE, duration: 60 });
  return (failure) => {
    perAddress.consume(failure.ip ?? 'unknown').then(
      () => recordAuthFailure(services, failure),
      () => services.logger.warn({ ip: failure.ip, reason: failure.reason }, 'authentication failure not audited: too many from this address'),
    );
  };
}

function recordAuthFailure(services: Pick<AppServices, 'db' | 'logger'>, failure: AuthFailureRecord): void {
  const lookup = failure.keyPrefix
    ? services.db.prisma.apiKey.findUnique({ where: { prefix: failure.keyPrefix }, select: { id: true, organizationId: true } })
    : Promise.resolve(null);
  void lookup
    .catch(() => null)
    .then((key) =>
      recordAudit(services, {
        organizationId: key?.organizationId ?? null,
        apiKeyId: key?.id ?? null,
        keyPrefix: failure.keyPrefix ?? null,
        action: 'auth.authenticate',
        result: 'FAILURE',
        detail: { reason: failure.reason },
        requestId: failure.requestId,
        ip: failure.ip,
      }),
    );
}

/** Who is acting in this request, as the audit log records it. */
export function auditActor(ctx: Pick<Context, 'auth' | 'requestId' | 'ip'>) {
  return { organizationId: ctx.auth.organizationId, apiKeyId: ctx.auth.apiKeyId, keyPrefix: ctx.auth.keyPrefix, requestId: ctx.requestId, ip: ctx.ip ?? null };
}
