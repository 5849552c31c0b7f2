import type { GraphiQLOptions } from 'graphql-yoga';

const HELP = `# Candidate Gateway — GraphQL
#
# Every request needs an API key: put it in the Headers tab below as
#   {"X-API-Key": "cgw_…"}
# The first start of the gateway prints a key with every scope. Make more with
#   npx candidate-gateway keys create --org <slug> --scopes read:candidates --name graphiql
# (admins can also call the createApiKey mutation). Without a key even the schema
# stays hidden: the page answers 401 until the header is filled in.

query Viewer {
  viewer {
    organization { slug }
    scopes
  }
}
`;

export const graphiqlOptions: GraphiQLOptions = {
  title: 'Candidate Gateway GraphiQL',
  defaultQuery: HELP,
  headers: JSON.stringify({ 'X-API-Key': '' }, null, 2),
  defaultEditorToolsVisibility: 'headers',
  // Keys are secrets: never keep them in the browser's storage.
  shouldPersistHeaders: false,
};

/**
 * GraphiQL with every script, style sheet and worker inlined (@graphql-yoga/render-graphiql),
 * so it works air-gapped. The ≈ 9 MB bundle is loaded on the first visit only, not at start.
 */
export async function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}
