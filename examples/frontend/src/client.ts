import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';

export const CandidatesQuery = graphql(`
  query FrontendCandidates($first: Int!, $status: [CandidateStatus!]) {
    candidates(first: $first, filter: { status: $status }) {
      totalCount
      edges { node { id fullName email status createdAt } }
    }
  }
`);

export const CreateCandidateMutation = graphql(`
  mutation FrontendCreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      __typename
      ... on CandidatePayload { candidate { id fullName status } }
      ... on Error { code message }
    }
  }
`);

export class GatewayError extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** One typed call: the result and variables types come from the document. */
export async function execute<TResult, TVariables>(endpoint: string, apiKey: string, document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': apiKey },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: GatewayError['errors'] };
  if (body.errors?.length || !body.data) throw new GatewayError(body.errors ?? [{ message: `HTTP ${response.status}` }]);
  return body.data;
}
