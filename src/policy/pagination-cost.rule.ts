import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** What a paginated field returns when the caller gives no `first`/`last` and the schema declares no default. */
const LARGEST_PAGE = 100;

type Variables = Readonly<Record<string, unknown>> | null | undefined;

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

/**
 * Rows a field can return: the `first`/`last` it is given, read the same way whether it is written
 * in the document or passed as a variable, else the schema's default, else the largest page.
 */
function pageSize(field: GraphQLField<unknown, unknown> | undefined, given: ValueNode | undefined, variables: Variables): number {
  const pageArgument = field?.args.find((a) => a.name === 'first' || a.name === 'last');
  if (!given) {
    if (!pageArgument) return 1;
    return typeof pageArgument.defaultValue === 'number' ? pageArgument.defaultValue : LARGEST_PAGE;
  }
  const value = valueFromASTUntyped(given, variables ?? undefined);
  if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, Math.trunc(value));
  return typeof pageArgument?.defaultValue === 'number' ? pageArgument.defaultValue : LARGEST_PAGE;
}

/**
 * The price of one operation: every field costs the number of times it can be resolved, the
 * product of the page sizes of the lists around it. It runs at execution, when variables are
 * known, so `first: 50` and `first: $first` with 50 cost exactly the same.
 */
export function paginationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables, stopAbove: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) operation ??= definition;
  }
  if (!operation) return 0;
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const cost = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(parent, selection.name.value);
        const given = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')?.value;
        const count = multiplier * pageSize(field, given, variables);
        total += count;
        const child = field && getNamedType(field.type);
        if (selection.selectionSet && child && isCompositeType(child)) total += cost(selection.selectionSet, child, count, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += cost(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent, multiplier, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && condition && isCompositeType(condition)) total += cost(fragment.selectionSet, condition, multiplier, new Set([...seen, selection.name.value]));
      }
      if (total > stopAbove) return total;
    }
    return total;
  };
  return cost(operation.selectionSet, root, 1, new Set());
}

/**
 * The one cost rule (GraphQL Armor's own cost limit is off: it multiplied by a literal `first`
 * but not by a variable one, so the same query passed or failed by how it was written).
 */
export function usePaginationCost(maxCost: number): Plugin {
  const check = (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Variables }) => {
    const total = paginationCost(args.schema, args.document, args.operationName, args.variableValues, maxCost);
    if (total <= maxCost) return null;
    return { errors: [new GraphQLError(`Query cost limit of ${maxCost} exceeded: estimated ${total} (each field × the page sizes around it).`, { extensions: { code: 'QUERY_TOO_COMPLEX' } })] };
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = check(args);
      if (refusal) setResultAndStopExecution(refusal);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = check(args);
      if (refusal) setResultAndStopExecution(refusal);
    },
  };
}
