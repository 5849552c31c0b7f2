import { Round0CandidatesDocument, type CandidateOrder } from '../../graphql/generated/graphql.js';
import { defineRoute } from '../dialect.js';
import { round0Candidate } from './round0-shapes.js';
import { errors, listBody, listQuery, ok } from './round0.schemas.js';

// A fixed order keeps page N stable between requests (search would otherwise rank by relevance).
const ORDER: CandidateOrder = { field: 'CREATED_AT', direction: 'DESC' };

export const listCandidates = defineRoute({
  method: 'GET',
  path: '/api/v1/candidates',
  summary: 'Retrieve a paginated list of all candidates.',
  description: 'Page N is one read: the GraphQL connection skips (page - 1) × limit candidates.',
  query: listQuery,
  responses: { ...ok(200, listBody), ...errors },
  async handle({ query, call }) {
    const { page, limit, search } = query;
    const filter = search?.trim() ? { search } : undefined;
    const { candidates } = await call(Round0CandidatesDocument, { first: limit, offset: (page - 1) * limit, filter, orderBy: ORDER });
    const total = candidates.totalCount;
    return {
      status: 200,
      body: {
        data: candidates.edges.map((edge) => round0Candidate(edge.node)),
        pagination: { page, limit, total, total_pages: Math.ceil(total / limit) },
      },
    };
  },
});
