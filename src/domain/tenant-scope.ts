import type { PrismaClient } from '../generated/prisma/client.js';

// Tenancy as a mechanism: every request's data access goes through a client that adds the
// caller's organization to every read and write of a tenant-owned model, and refuses to create
// a row for another organization. Resolvers get it as `ctx.prisma`; the unscoped client is for the
// CLI, bootstrap and the workers, which name the organization explicitly.

/** Models with an `organizationId` column: their rows belong to one tenant. */
const TENANT_MODELS = new Set([
  'User',
  'ApiKey',
  'JobPosition',
  'Candidate',
  'InterviewSession',
  'ResumeUpload',
  'CandidateEvent',
  'EmailMessage',
  'Notification',
  'AuditEntry',
  'DeletedCandidate',
  'WebhookEndpoint',
  'WebhookEvent',
]);

const FILTERED = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
  'upsert',
]);

export class CrossTenantWriteError extends Error {
  constructor(model: string) {
    super(`Refused to write a ${model} row for another organization`);
  }
}

function ownRow(model: string, organizationId: string, data: Record<string, unknown>) {
  if (data.organizationId !== undefined && data.organizationId !== organizationId) throw new CrossTenantWriteError(model);
  // A row created through a relation (`organization: { connect }`) names its tenant there instead.
  return 'organization' in data ? data : { ...data, organizationId };
}

// A client per tenant, built once and kept: a request only looks its tenant up.
const scopedClients = new WeakMap<PrismaClient, Map<string, PrismaClient>>();
const MAX_CACHED_TENANTS = 1_000;

/** A client that can only see and change the rows of `organizationId`. */
export function tenantScoped(prisma: PrismaClient, organizationId: string): PrismaClient {
  let clients = scopedClients.get(prisma);
  if (!clients) scopedClients.set(prisma, (clients = new Map()));
  let client = clients.get(organizationId);
  if (!client) {
    if (clients.size >= MAX_CACHED_TENANTS) clients.delete(clients.keys().next().value!);
    client = scopeToTenant(prisma, organizationId);
    clients.set(organizationId, client);
  }
  return client;
}

/** Prisma's delegate for each tenant model: `prisma.candidate` for `Candidate`. */
const TENANT_DELEGATES = new Map([...TENANT_MODELS].map((model) => [model.charAt(0).toLowerCase() + model.slice(1), model]));

/** One operation's arguments with the tenant in them: added to every filter, required of every created row. */
function withTenant(model: string, operation: string, args: unknown, organizationId: string): unknown {
  const a = { ...(args as Record<string, unknown> | undefined) };
  if (FILTERED.has(operation)) {
    // Unique lookups accept extra non-unique conditions, so the tenant is simply added.
    a.where = { ...(a.where as object | undefined), organizationId };
  }
  if (operation === 'create' || operation === 'upsert') {
    const key = operation === 'create' ? 'data' : 'create';
    a[key] = ownRow(model, organizationId, a[key] as Record<string, unknown>);
  }
  if (operation === 'createMany' || operation === 'createManyAndReturn') {
    const rows = Array.isArray(a.data) ? a.data : [a.data];
    a.data = rows.map((row) => ownRow(model, organizationId, row as Record<string, unknown>));
  }
  return a;
}

/**
 * The client with every tenant model's operations rewritten by `withTenant`, inside interactive
 * transactions too. A proxy, not a Prisma `$extends`: a client with any extension walks every
 * result once more for result extensions, ~10 % of a 50-row page's CPU (test/bench/EXPERIMENTS.md),
 * and this one needs none.
 */
function scopeToTenant(prisma: PrismaClient, organizationId: string): PrismaClient {
  const delegates = new Map<string, object>();
  return new Proxy(prisma, {
    get(target, property) {
      const model = typeof property === 'string' ? TENANT_DELEGATES.get(property) : undefined;
      if (model) {
        let delegate = delegates.get(model);
        if (!delegate) delegates.set(model, (delegate = scopeDelegate(Reflect.get(target, property) as object, model, organizationId)));
        return delegate;
      }
      if (property === '$transaction') {
        const transaction = target.$transaction.bind(target) as (arg: unknown, options?: unknown) => Promise<unknown>;
        return (arg: unknown, options?: unknown) =>
          typeof arg === 'function'
            ? transaction((tx: PrismaClient) => (arg as (tx: PrismaClient) => unknown)(scopeToTenant(tx, organizationId)), options)
            : transaction(arg, options);
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function scopeDelegate(delegate: object, model: string, organizationId: string): object {
  return new Proxy(delegate, {
    get(target, operation) {
      const method = Reflect.get(target, operation, target) as unknown;
      if (typeof operation !== 'string' || typeof method !== 'function') return method;
      return (args?: unknown, ...rest: unknown[]) => {
        let scoped: unknown;
        try {
          scoped = withTenant(model, operation, args, organizationId);
        } catch (error) {
          // A refusal is the operation's failure, as Prisma reports every other: a rejected promise, not a throw.
          return Promise.reject(error);
        }
        return (method as (...a: unknown[]) => unknown).call(target, scoped, ...rest);
      };
    },
  });
}
