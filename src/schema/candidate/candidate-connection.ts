import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLError } from 'graphql';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { normalizeEmail } from '../../domain/candidates/dedupe.js';
import { countSearchMatches, searchCandidatePage, type SearchOrder, type SearchScope } from '../../domain/candidates/search.js';
import type { CandidateStatus, Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { CandidateStatusEnum } from '../enums.js';
import { uuidOf } from '../global-id.js';
import { CandidateType } from './candidate.type.js';

export const CANDIDATE_PAGE = { default: 50, max: 100 } as const;

export const CandidateOrderField = builder.enumType('CandidateOrderField', {
  values: { CREATED_AT: { value: 'createdAt' }, UPDATED_AT: { value: 'updatedAt' }, NAME: { value: 'fullName' } } as const,
});
export const OrderDirection = builder.enumType('OrderDirection', { values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const });

export const CandidateOrder = builder.inputType('CandidateOrder', {
  fields: (t) => ({
    field: t.field({ type: CandidateOrderField, required: true }),
    direction: t.field({ type: OrderDirection, defaultValue: 'asc' }),
  }),
});

export const CandidateFilter = builder.inputType('CandidateFilter', {
  description: 'All given conditions must hold',
  fields: (t) => ({
    jobPositionId: t.id(),
    status: t.field({ type: [CandidateStatusEnum], description: 'Any of these statuses' }),
    search: t.string({ description: 'Words matched against name, email, title and skills, case- and accent-insensitively; best matches first' }),
    email: t.string({ description: 'Exact email, case-insensitive' }),
    updatedSince: t.field({ type: 'DateTime', description: 'Delta sync: changed at or after this instant' }),
    createdSince: t.field({ type: 'DateTime' }),
    importSource: t.string(),
  }),
});

/** The one candidate connection type, shared by `candidates` and `JobPosition.candidates`. */
export const CandidateConnection = builder.connectionObject({
  type: CandidateType,
  name: 'CandidateConnection',
  fields: (t) => ({
    totalCount: t.int({
      description: 'All candidates matching the filter, across pages',
      // Counted only when asked for: the resolver hands over a thunk, not a number.
      resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
    }),
  }),
});

export const MAX_OFFSET = 100_000;

export interface CandidateConnectionArgs {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
  last?: number | null;
  before?: string | null;
  filter?: typeof CandidateFilter.$inferInput | null;
  orderBy?: typeof CandidateOrder.$inferInput | null;
}

/** A cursor names the ordering it was made for (`k`), so one from another ordering is refused, not misread. */
export type Cursor = { v: string | null; id: string; k: string };
const cursorSchema = z.object({ v: z.string().nullable(), id: z.string().uuid(), k: z.string() });
const RELEVANCE = 'relevance';

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw new GraphQLError('Invalid cursor: pass an endCursor returned by this connection', { extensions: { code: 'VALIDATION' } });
  }
}

/** The filter as plain conditions; null when it can match nothing (an id of another type). */
function scopeFor(ctx: Context, filter: CandidateConnectionArgs['filter'], fixed: CandidateScope): SearchScope | null {
  const jobPositionIds = fixed.jobPositionId ? [fixed.jobPositionId] : [];
  if (filter?.jobPositionId) {
    const id = uuidOf(String(filter.jobPositionId), 'JobPosition');
    if (!id) return null;
    jobPositionIds.push(id);
  }
  return {
    organizationId: ctx.auth.organizationId,
    jobPositionIds,
    // "Any of none" matches nothing, as it reads.
    statuses: filter?.status ?? undefined,
    emailNormalized: filter?.email ? normalizeEmail(filter.email) : undefined,
    updatedSince: filter?.updatedSince ?? undefined,
    createdSince: filter?.createdSince ?? undefined,
    importSource: filter?.importSource ?? undefined,
  };
}

function whereFor(scope: SearchScope): Prisma.CandidateWhereInput {
  const and: Prisma.CandidateWhereInput[] = [{ organizationId: scope.organizationId }];
  for (const id of scope.jobPositionIds) and.push({ jobPositionId: id });
  if (scope.statuses) and.push({ status: { in: scope.statuses as CandidateStatus[] } });
  if (scope.emailNormalized !== undefined) and.push({ emailNormalized: scope.emailNormalized });
  if (scope.updatedSince) and.push({ updatedAt: { gte: scope.updatedSince } });
  if (scope.createdSince) and.push({ createdAt: { gte: scope.createdSince } });
  if (scope.importSource !== undefined) and.push({ importSource: scope.importSource });
  return { AND: and };
}

/** What a parent fixes about the candidates of its connection (`JobPosition.candidates`). */
export interface CandidateScope {
  jobPositionId?: string;
}

/** A page request with its rules applied: what both the resolver and the compiled read plan (src/read-plan) read. */
export interface CandidatePageRequest {
  first: number;
  backward: boolean;
  offset: number;
  /** Null when the filter can match nothing (an id of another type): the page is empty. */
  scope: SearchScope | null;
  cursor: Cursor | null;
  search: string | undefined;
  field: CandidateOrderColumn;
  direction: 'asc' | 'desc';
  /** The ordering's name, written into every cursor. */
  ordering: string;
}

export type CandidateOrderColumn = 'createdAt' | 'updatedAt' | 'fullName';

/** Checks a connection's arguments (VALIDATION errors) and resolves them into one request. */
export function candidatePageRequest(ctx: Context, args: CandidateConnectionArgs, fixed: CandidateScope = {}): CandidatePageRequest {
  const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'VALIDATION' } });
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null || args.offset != null)) throw invalid('Page forward (first/after/offset) or backward (last/before), not both');
  if (args.offset != null && (args.after != null || args.offset < 0 || args.offset > MAX_OFFSET)) {
    throw invalid(`offset must be between 0 and ${MAX_OFFSET} and cannot be combined with after`);
  }
  const first = (backward ? args.last : args.first) ?? CANDIDATE_PAGE.default;
  // first: 0 asks for totalCount alone.
  if (first < 0 || first > CANDIDATE_PAGE.max) throw invalid(`${backward ? 'last' : 'first'} must be between 0 and ${CANDIDATE_PAGE.max}`);
  const scope = scopeFor(ctx, args.filter, fixed);
  const search = args.filter?.search?.trim();
  const field = (args.orderBy?.field ?? 'createdAt') as CandidateOrderColumn;
  const direction = (args.orderBy ? (args.orderBy.direction ?? 'asc') : 'desc') as 'asc' | 'desc';
  // Without an explicit order a search reads best matches first.
  const ordering = search && !args.orderBy ? RELEVANCE : `${field}:${direction}`;
  const request = { first, backward, offset: args.offset ?? 0, scope, cursor: null, search, field, direction, ordering };
  if (!scope) return request;
  const rawCursor = backward ? args.before : args.after;
  const cursor = rawCursor ? decodeCursor(rawCursor) : null;
  if (cursor && cursor.k !== ordering) throw invalid('This cursor belongs to another ordering of the connection: start again without after/before');
  return { ...request, cursor };
}

/** How a search request reads: by relevance unless an ordering was asked for. */
export function searchOrderOf(request: Pick<CandidatePageRequest, 'ordering' | 'field' | 'direction'>): SearchOrder {
  return request.ordering === RELEVANCE ? { kind: 'relevance' } : { kind: 'field', field: request.field, direction: request.direction };
}

/**
 * One Relay connection over candidates for `candidates` and `JobPosition.candidates`. Nested
 * selections (CV, job position, latest interview) are merged into the page query by the Pothos
 * Prisma plugin, so the number of queries does not grow with the page size. A search is matched,
 * ranked and paged in SQL (domain/candidates/search.ts); its page is then loaded by id.
 */
export async function resolveCandidateConnection(ctx: Context, info: GraphQLResolveInfo, args: CandidateConnectionArgs, fixed: CandidateScope = {}) {
  const request = candidatePageRequest(ctx, args, fixed);
  const { first, backward, offset, scope, cursor, search, field, direction, ordering } = request;
  const empty = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: async () => 0 };
  if (!scope) return empty;
  const query = queryFromInfo({ context: ctx, info, path: ['edges', 'node'], typeName: 'Candidate' }) as object;
  const finish = (page: { id: string; v: string }[], nodes: { id: string }[], more: boolean, totalCount: () => Promise<number>) => {
    const edges = page.map((row, i) => ({ cursor: encodeCursor({ v: row.v, id: row.id, k: ordering }), node: nodes[i]! }));
    const earlier = Boolean(cursor) || offset > 0;
    return {
      edges,
      pageInfo: {
        hasNextPage: backward ? Boolean(cursor) : more,
        hasPreviousPage: backward ? more : earlier,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  };

  if (search) {
    const order = searchOrderOf(request);
    const keys = await searchCandidatePage(ctx.prisma, {
      search,
      scope,
      order,
      after: cursor ? { key: cursor.v ?? '', id: cursor.id } : null,
      reversed: backward,
      take: first + 1,
      offset,
    });
    const read = keys.slice(0, first);
    const page = backward ? read.reverse() : read;
    const nodes = page.length ? await ctx.prisma.candidate.findMany({ ...query, where: { id: { in: page.map((k) => k.id) } } }) : [];
    const byId = new Map(nodes.map((n) => [n.id, n]));
    // A row deleted between the two statements drops out of the page rather than failing it.
    const found = page.filter((k) => byId.has(k.id));
    return finish(
      found.map((k) => ({ id: k.id, v: k.key })),
      found.map((k) => byId.get(k.id)!),
      keys.length > first,
      () => countSearchMatches(ctx.prisma, search, scope),
    );
  }

  const where = whereFor(scope);
  // Backward pages read the same order reversed from the cursor, then turn the rows round.
  const readDirection = backward ? (direction === 'asc' ? 'desc' : 'asc') : direction;
  const after: Prisma.CandidateWhereInput[] = [];
  if (cursor) {
    const value = field === 'fullName' ? cursor.v : cursor.v ? new Date(cursor.v) : null;
    const beyond = readDirection === 'asc' ? 'gt' : 'lt';
    after.push({ OR: [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: cursor.id } }] });
  }
  const rows = await ctx.prisma.candidate.findMany({
    ...query,
    where: after.length ? { AND: [where, ...after] } : where,
    orderBy: [{ [field]: readDirection }, { id: readDirection }],
    skip: offset,
    take: first + 1,
  });
  const page = backward ? rows.slice(0, first).reverse() : rows.slice(0, first);
  return finish(
    page.map((node) => {
      const value = node[field];
      return { id: node.id, v: value instanceof Date ? value.toISOString() : String(value) };
    }),
    page,
    rows.length > first,
    () => ctx.prisma.candidate.count({ where }),
  );
}
