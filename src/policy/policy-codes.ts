// Codes of requests refused as a whole before or while executing (GraphQL errors'
// `extensions.code`); they never appear as typed results, so they are not members of ErrorCode.
export const POLICY_ERROR_CODES = ['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_TOKENS', 'QUERY_TOO_COMPLEX', 'TOO_MANY_DIRECTIVES', 'TIMEOUT'] as const;

export type PolicyErrorCode = (typeof POLICY_ERROR_CODES)[number];
