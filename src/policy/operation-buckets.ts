import { Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Config } from '../config.js';

export const BUCKETS = ['reads', 'writes', 'actions', 'uploads'] as const;
export type Bucket = (typeof BUCKETS)[number];

export function bucketLimits(config: Config): Record<Bucket, number> {
  return {
    reads: config.RATE_LIMIT_READS,
    writes: config.RATE_LIMIT_WRITES,
    actions: config.RATE_LIMIT_ACTIONS,
    uploads: config.RATE_LIMIT_UPLOADS,
  };
}

/** A mutation's bucket is what its field declares (`rateLimit` in src/policy/field-policy.plugin.ts); queries and subscriptions read. */
export function bucketOf(schema: GraphQLSchema, operation: OperationDefinitionNode['operation'], fieldName: string): Bucket {
  if (operation !== 'mutation') return 'reads';
  const declared = (schema.getMutationType()?.getFields()[fieldName]?.extensions?.pothosOptions as { rateLimit?: Bucket } | undefined)?.rateLimit;
  return declared ?? 'writes';
}

export function selectedOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/**
 * How many operations a document costs in each bucket: every root field counts once, so three
 * aliased mutations cost three, however they are spread over fragments.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Partial<Record<Bucket, number>> {
  const operation = selectedOperation(document, operationName);
  if (!operation) return {};
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const cost: Partial<Record<Bucket, number>> = {};
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') continue;
        const bucket = bucketOf(schema, operation.operation, selection.name.value);
        cost[bucket] = (cost[bucket] ?? 0) + 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return cost;
}
