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

// `$extends` builds a new client proxy, which every request would otherwise pay for: one per tenant, kept.
const scopedClients = new WeakMap<PrismaClient, Map<string, PrismaClient>>();
const MAX_CACHED_TENANTS = 1_000;

/** A client that can only see and change the rows of `organizationId`. */
export function tenantScoped(prisma: PrismaClient, organizationId: string): PrismaClient {
  let clients = scopedClients.get(prisma);
  if (!clients) scopedClients.set(prisma, (clients = new Map()));
  let client = clients.get(organizationId);
  if (!client) {
    if (clients.size >= MAX_CACHED_TENANTS) clients.delete(clients.keys().next().value!);
    client = extendForTenant(prisma, organizationId);
    clients.set(organizationId, client);
  }
  return client;
}

function extendForTenant(prisma: PrismaClient, organizationId: string): PrismaClient {
  return prisma.$extends({
    name: 'tenant-scope',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          if (!TENANT_MODELS.has(model)) return query(args);
          const a = (args ?? {}) as Record<string, unknown>;
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
          return query(a as typeof args);
        },
      },
    },
  }) as unknown as PrismaClient;
}
