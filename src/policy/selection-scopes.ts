import {
  GraphQLError,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type GraphQLCompositeType,
  type GraphQLFieldMap,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { Scope } from '../auth/scopes.js';
import type { Context } from '../context.js';

type StaticScopes = { scope?: Scope } | undefined;

/** Granted by a mutation's payload field on the object it changed; that object's type accepts it instead of its read scope. */
export const SUBJECT_GRANT = 'mutationSubject';

/** The one scope a Pothos `authScopes: { scope }` option names, or null when there is none (or it is not that simple form). */
export function staticScope(options: unknown): Scope | null {
  const scopes = (options as { authScopes?: StaticScopes } | undefined)?.authScopes;
  return scopes && typeof scopes === 'object' && typeof scopes.scope === 'string' ? scopes.scope : null;
}

function typeScope(type: GraphQLNamedType): Scope | null {
  return staticScope(type.extensions?.pothosOptions);
}

/** The FORBIDDEN error every transport sees: it names the scope the key lacks and where. */
export function forbidden(scope: string, where: string): GraphQLError {
  return new GraphQLError(`This API key lacks the scope ${scope}, which ${where} requires`, {
    extensions: { code: 'FORBIDDEN', requiredScope: scope },
  });
}

/**
 * Checks, before a mutation acts, that the key may read everything the mutation's answer
 * selects: a scope denial must come before any effect, never after it. A field returning the
 * mutation's own subject grants `mutationSubject`, which that type accepts in place of its read
 * scope, so the key allowed to run a mutation can always read what it changed.
 */
export function assertSelectionScopes(ctx: Pick<Context, 'auth'>, info: GraphQLResolveInfo) {
  const has = (scope: Scope) => ctx.auth.scopes.has(scope);
  const fragments = info.fragments;
  const visit = (selectionSet: SelectionSetNode | undefined, parent: GraphQLCompositeType, seen: Set<string>) => {
    if (!selectionSet) return;
    const possible = isAbstractType(parent) ? info.schema.getPossibleTypes(parent) : [parent];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
        const condition = fragment.typeCondition ? info.schema.getType(fragment.typeCondition.name.value) : parent;
        const next = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen;
        if (condition && (isObjectType(condition) || isAbstractType(condition))) visit(fragment.selectionSet, condition, next);
        continue;
      }
      if (selection.name.value.startsWith('__')) continue;
      for (const type of possible) {
        if (!isObjectType(type)) continue;
        const field = (type.getFields() as GraphQLFieldMap<unknown, unknown>)[selection.name.value];
        if (!field) continue;
        const options = field.extensions?.pothosOptions as { skipTypeScopes?: boolean; grantScopes?: unknown } | undefined;
        const fieldScope = staticScope(options);
        if (fieldScope && !has(fieldScope)) throw forbidden(fieldScope, `${type.name}.${field.name}`);
        const named = getNamedType(field.type);
        const granted = options?.skipTypeScopes || (Array.isArray(options?.grantScopes) && options.grantScopes.includes(SUBJECT_GRANT));
        const returned = granted ? null : typeScope(named);
        if (returned && !has(returned)) throw forbidden(returned, `${type.name}.${field.name} (${named.name})`);
        if (isObjectType(named) || isAbstractType(named)) visit(selection.selectionSet, named, seen);
      }
    }
  };
  const field = info.parentType.getFields()[info.fieldName];
  if (field) {
    const named = getNamedType(field.type);
    if (isObjectType(named) || isAbstractType(named)) for (const node of info.fieldNodes) visit(node.selectionSet, named, new Set());
  }
}
