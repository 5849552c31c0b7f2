import { Round0CandidateCursorDocument, Round0CandidatesDocument, type CandidateFilter, type CandidateOrder, type Round0CandidateCursorQuery } from '../../graphql/generated/graphql.js';
import { defineRoute } from '../dialect.js';
import type { GatewayCall } from '../gateway-call.js';
import { round0Candidate } from './round0-shapes.js';
import { errors, listBody, listQuery, ok } from './round0.schemas.js';

const PAGE_MAX = 100;
// A fixed order keeps page N stable between requests (search would otherwise rank by relevance).
const ORDER: CandidateOrder = { field: 'CREATED_AT', direction: 'DESC' };

/** The cursor after `skip` candidates; `exhausted` when nothing follows them. */
async function cursorAfter(call: GatewayCall, skip: number, filter: CandidateFilter | undefined): Promise<{ after: string | null; exhausted: boolean }> {
  let after: string | null = null;
  for (let left = skip; left > 0; left -= PAGE_MAX) {
    const result: Round0CandidateCursorQuery = await call(Round0CandidateCursorDocument, { first: Math.min(left, PAGE_MAX), after, filter, orderBy: ORDER });
    const { endCursor, hasNextPage } = result.candidates.pageInfo;
    if (!hasNextPage) return { after: endCursor ?? after, exhausted: true };
    after = endCursor ?? null;
  }
  return { after, exhausted: false };
}

export const listCandidates = defineRoute({
  method: 'GET',
  path: '/api/v1/candidates',
  summary: 'Retrieve a paginated list of all candidates.',
  description: 'Pages are read over the cursor API: page N costs one read plus one per 100 candidates skipped.',
  query: listQuery,
  responses: { ...ok(200, listBody), ...errors },
  async handle({ query, call }) {
    const { page, limit, search } = query;
    const filter = search?.trim() ? { search } : undefined;
    const { after, exhausted } = await cursorAfter(call, (page - 1) * limit, filter);
    const { candidates } = await call(Round0CandidatesDocument, { first: exhausted ? 1 : limit, after, filter, orderBy: ORDER });
    const total = candidates.totalCount;
    return {
      status: 200,
      body: {
        data: exhausted ? [] : candidates.edges.map((edge) => round0Candidate(edge.node)),
        pagination: { page, limit, total, total_pages: Math.ceil(total / limit) },
      },
    };
  },
});
