import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValueNode } from 'graphql';

/** Pages are at most this long; a `first: $variable` is priced at it because validation cannot see variables. */
const ASSUMED_PAGE_SIZE = 100;

function pageSize(value: ValueNode | undefined): number {
  if (!value) return 1;
  if (value.kind === Kind.INT) return Math.max(1, Number.parseInt(value.value, 10));
  return ASSUMED_PAGE_SIZE;
}

/**
 * GraphQL Armor's cost limit prices a list like a single object; this rule multiplies each field
 * by the `first`/`last` of the lists around it, so the price follows how many rows can come back.
 */
export function paginationCostRule(maxCost: number, reject: (message: string) => GraphQLError) {
  return (context: ValidationContext): ASTVisitor => {
    const cost = (selectionSet: SelectionSetNode, multiplier: number, fragments: Set<string>): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const size = pageSize(selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')?.value);
          const count = multiplier * size;
          total += count;
          if (selection.selectionSet) total += cost(selection.selectionSet, count, fragments);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          total += cost(selection.selectionSet, multiplier, fragments);
        } else if (!fragments.has(selection.name.value)) {
          const fragment = context.getFragment(selection.name.value);
          if (fragment) total += cost(fragment.selectionSet, multiplier, new Set([...fragments, selection.name.value]));
        }
        if (total > maxCost) return total;
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const total = cost(operation.selectionSet, 1, new Set());
        if (total > maxCost) context.reportError(reject(`Query cost limit of ${maxCost} exceeded (pagination counted): estimated ${total}.`));
      },
    };
  };
}
