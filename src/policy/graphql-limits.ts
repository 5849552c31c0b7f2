import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { PolicyErrorCode } from './policy-codes.js';
import { usePaginationCost } from './pagination-cost.rule.js';

export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 20,
  /** Fields × the page sizes around them: `candidates(first: 100)` with a full nested selection is about 2,500. */
  maxCost: 20_000,
} as const;

function limitError(code: PolicyErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

// Armor reports every limit as an uncoded "Syntax Error"; each one gets its own stable code here.
function rejectWith(code: PolicyErrorCode) {
  return [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      const coded = limitError(code, error.message.replace(/^Syntax Error: /, ''));
      // The token limit runs inside the parser, where there is no validation context to report to.
      if (!ctx) throw coded;
      ctx.reportError(coded);
    },
  ];
}

/**
 * Every document is measured before any resolver runs: depth, aliases (`__typename` too), tokens,
 * directives, and cost (in `usePaginationCost`, once variables are known). Introspection and field suggestions are off together,
 * since "Did you mean …" reveals the schema as surely as introspection does.
 */
export function useGraphQLLimits(options: { introspection: boolean }): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, propagateOnRejection: false, onReject: rejectWith('QUERY_TOO_DEEP') },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [], propagateOnRejection: false, onReject: rejectWith('TOO_MANY_ALIASES') },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens, propagateOnRejection: false, onReject: rejectWith('TOO_MANY_TOKENS') },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, propagateOnRejection: false, onReject: rejectWith('TOO_MANY_DIRECTIVES') },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !options.introspection },
  });
  const rules: Plugin = {
    onValidate({ addValidationRule }) {
      if (!options.introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
  return [armor as Plugin, rules, usePaginationCost(GRAPHQL_LIMITS.maxCost)];
}
