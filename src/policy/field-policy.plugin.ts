import SchemaBuilder, { BasePlugin, type FieldNullability, type InputFieldMap, type PothosOutputFieldConfig, type SchemaTypes, type TypeParam } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import type { Context } from '../context.js';
import { DomainError } from '../errors.js';
import { auditActor, recordAudit } from './audit-log.js';
import { runIdempotent } from './idempotency.js';
import type { Bucket } from './operation-buckets.js';
import { assertSelectionScopes } from './selection-scopes.js';

/**
 * Policy declared on a mutation field and applied here, in one place:
 *   builder.mutationField('inviteCandidate', (t) => t.field({ audit: 'candidate.invite', idempotent: true, rateLimit: 'actions', … }))
 * Every mutation must name its audit action (the build fails otherwise), so a new mutation cannot
 * forget it; `rateLimit` is read by the rate-limit plugin (default `writes`).
 */
export interface FieldPolicyOptions {
  /** The audit-log action; every outcome (SUCCESS, FAILURE with its code) is recorded. */
  audit?: string;
  /** Accept an Idempotency-Key; `payload` replaces the input in the request fingerprint (e.g. a file's checksum). */
  idempotent?: boolean | { payload: (input: Record<string, unknown>) => Promise<Record<string, unknown>> };
  rateLimit?: Bucket;
  /** The audited target's type and the input field holding its id. */
  auditTarget?: { type: string; idField?: string };
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      fieldPolicy: FieldPolicyPlugin<Types>;
    }
    export interface MutationFieldOptions<Types extends SchemaTypes, Type extends TypeParam<Types>, Nullable extends FieldNullability<Type>, Args extends InputFieldMap, ResolveReturnShape>
      extends FieldPolicyOptions {}
  }
}

const pluginName = 'fieldPolicy';

export class FieldPolicyPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> | null {
    if (fieldConfig.parentType === 'Mutation' && !(fieldConfig.pothosOptions as FieldPolicyOptions).audit) {
      throw new Error(`Mutation.${fieldConfig.name} must declare its audit action (audit: '<entity>.<verb>')`);
    }
    return fieldConfig;
  }

  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    if (fieldConfig.parentType !== 'Mutation') return resolver;
    const policy = fieldConfig.pothosOptions as FieldPolicyOptions;
    const operation = fieldConfig.name;
    return async (parent: unknown, args: object, rawCtx: Types['Context'], info: Parameters<typeof resolver>[3]) => {
      const ctx = rawCtx as unknown as Context;
      // Everything the answer will show must be readable by this key, or nothing happens at all.
      assertSelectionScopes(ctx, info);
      const input = ((args as { input?: Record<string, unknown> }).input ?? args) as Record<string, unknown>;
      const targetType = policy.auditTarget?.type ?? 'Candidate';
      const idField = policy.auditTarget?.idField;
      const rawTarget = idField ? input[idField] : (input.candidateId ?? input.id ?? input.prefix ?? null);
      const base = { ...auditActor(ctx), action: policy.audit!, targetType, targetId: rawTarget == null ? null : String(rawTarget) };
      const run = () => resolver(parent, args, rawCtx, info) as Promise<unknown>;
      try {
        const result = policy.idempotent
          ? await runIdempotent(ctx, operation, typeof policy.idempotent === 'object' ? await policy.idempotent.payload(input) : input, run)
          : await run();
        recordAudit(ctx.services, { ...base, result: 'SUCCESS' });
        return result;
      } catch (error) {
        recordAudit(ctx.services, { ...base, result: 'FAILURE', detail: { code: error instanceof DomainError ? error.code : 'INTERNAL' } });
        throw error;
      }
    };
  }
}

SchemaBuilder.registerPlugin(pluginName, FieldPolicyPlugin);

export default pluginName;
