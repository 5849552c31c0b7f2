import type { FragmentDefinitionNode, GraphQLSchema } from 'graphql';
import type { Scope } from '../auth/scopes.js';

/** Thrown while compiling when a selection needs something only the resolvers do: the operation then runs as usual. */
export class NotCompilable extends Error {}

export function notCompilable(reason: string): never {
  throw new NotCompilable(reason);
}

/** What compiling one operation gathers: the scopes its answer needs and fresh row aliases. */
export class CompileState {
  readonly scopes = new Set<Scope>();
  private aliases = 0;

  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  nextAlias(): string {
    return `r${this.aliases++}`;
  }
}
