import { isAbstractType, Kind, type FieldNode, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import { notCompilable, type CompileState } from './compile-state.js';

/**
 * The fields an object type's selection sets ask for, by response key, with fragments applied
 * (graphql-js `collectFields` without directives: a @skip or @include makes the answer depend on
 * variables, so such an operation is left to the executor).
 */
export function collectFields(state: CompileState, type: GraphQLObjectType, selectionSets: readonly (SelectionSetNode | undefined)[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.directives?.length) notCompilable('directive');
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? state.fragments[selection.name.value] : selection;
      if (!fragment) notCompilable('unknown fragment');
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (visited.has(selection.name.value)) continue;
        visited.add(selection.name.value);
        if (fragment.directives?.length) notCompilable('directive');
      }
      const condition = fragment.typeCondition ? state.schema.getType(fragment.typeCondition.name.value) : type;
      const applies = condition === type || (condition != null && isAbstractType(condition) && state.schema.isSubType(condition, type));
      if (applies) visit(fragment.selectionSet);
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return fields;
}

/** The selection sets below one response key, merged as the executor merges them. */
export function subSelections(nodes: readonly FieldNode[]): (SelectionSetNode | undefined)[] {
  return nodes.map((node) => node.selectionSet);
}
