import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import FieldPolicyPlugin from '../policy/field-policy.plugin.js';
import { forbidden } from '../policy/selection-scopes.js';
import { GraphQLError } from 'graphql';
import { DateTimeResolver, JSONObjectResolver } from './scalars.js';
import type { Scope } from '../auth/scopes.js';
import type { Context } from '../context.js';
import { auditActor, recordAudit } from '../policy/audit-log.js';
import PrismaTypes, { getDatamodel } from '../generated/pothos-prisma-types.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { scope: Scope };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSONObject: { Input: Record<string, unknown>; Output: unknown };
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  // Scope auth wraps resolvers first so nothing runs, or is revealed, for a caller without the scope.
  // Field policy (audit, idempotency, answer scopes) runs inside the errors plugin, so it sees domain errors before they become results.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, FieldPolicyPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({ scope: (scope: Scope) => ctx.auth.scopes.has(scope) }),
    unauthorizedError: (_parent, ctx, info, result) => {
      const field = `${info.parentType.name}.${info.fieldName}`;
      recordAudit(ctx.services, { ...auditActor(ctx), action: 'authz.denied', targetType: 'Field', targetId: field, result: 'DENIED', detail: { reason: result.message } });
      return forbidden(missingScope(result.failure) ?? 'unknown', field);
    },
  },
  errors: { defaultTypes: [] },
  validation: {
    validationError: (result) =>
      new GraphQLError(
        `Invalid arguments: ${result.issues.map((i) => `${(i.path ?? []).map((p) => (typeof p === 'object' ? p.key : p)).join('.')}: ${i.message}`).join('; ')}`,
        { extensions: { code: 'VALIDATION' } },
      ),
  },
  prisma: {
    // The client comes from the request context, so one schema serves PGlite and PostgreSQL.
    client: (ctx: Context): PrismaClient => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: { authScopes: { scope: 'read:candidates' } },
    nodesQueryOptions: false,
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.scalarType('File', {
  description: 'A file sent as a GraphQL multipart request part (input only)',
  serialize: () => {
    throw new Error('File is an input-only scalar');
  },
});

/** The scope a failed check was missing, from scope-auth's failure tree. */
function missingScope(failure: AuthFailure): string | null {
  if (failure.kind === AuthScopeFailureType.AuthScope) return String(failure.parameter);
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) {
    return failure.failures.map(missingScope).find(Boolean) ?? null;
  }
  return null;
}

export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
export type InputFields = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;
