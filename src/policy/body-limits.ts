/** A 10 MB résumé sent as base64 inside GraphQL JSON is about 14 MB; nothing else needs more than 1 MB. */
export const GRAPHQL_BODY_LIMIT_BYTES = 16 * 1024 * 1024;
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export function bodyLimitFor(path: string, graphqlEndpoint: string): number {
  return path === graphqlEndpoint ? GRAPHQL_BODY_LIMIT_BYTES : DEFAULT_BODY_LIMIT_BYTES;
}
