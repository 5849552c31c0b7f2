import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLError } from 'graphql';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { z } from 'zod';
import type { Context } from '../../context.js';
import { normalizeEmail } from '../../domain/candidates/dedupe.js';
import { normalizeForSearch } from '../../domain/candidates/search-keywords.js';
import type { CandidateStatus, Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { CandidateStatusEnum } from '../enums.js';
import { uuidOf } from '../global-id.js';
import { CandidateType } from './candidate.type.js';

export const CANDIDATE_PAGE = { default: 50, max: 100 } as const;
/** Search ranks at most this many matches; narrower filters rank everything they match. */
const SEARCH_RANK_LIMIT = 2_000;

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
type Cursor = { o: number; k: 'relevance' } | { v: string | null; id: string; k: string };
const cursorSchema = z.union([
  z.object({ o: z.number().int().min(0), k: z.literal('relevance') }),
  z.object({ v: z.string().nullable(), id: z.string().uuid(), k: z.string() }),
]);

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

function whereFor(ctx: Context, filter: CandidateConnectionArgs['filter'], fixed: Prisma.CandidateWhereInput): Prisma.CandidateWhereInput | null {
  const and: Prisma.CandidateWhereInput[] = [{ organizationId: ctx.auth.organizationId }, fixed];
  if (filter?.jobPositionId) {
    const id = uuidOf(String(filter.jobPositionId), 'JobPosition');
    if (!id) return null;
    and.push({ jobPositionId: id });
  }
  // "Any of none" matches nothing, as it reads.
  if (filter?.status) and.push({ status: { in: filter.status as CandidateStatus[] } });
  if (filter?.email) and.push({ emailNormalized: normalizeEmail(filter.email) });
  if (filter?.updatedSince) and.push({ updatedAt: { gte: filter.updatedSince } });
  if (filter?.createdSince) and.push({ createdAt: { gte: filter.createdSince } });
  if (filter?.importSource) and.push({ importSource: filter.importSource });
  for (const token of searchTokens(filter?.search)) {
    and.push({
      OR: [
        { searchKeywords: { has: token } },
        { fullName: { contains: token, mode: 'insensitive' } },
        { emailNormalized: { contains: token } },
        { title: { contains: token, mode: 'insensitive' } },
        { cv: { skills: { some: { name: { contains: token, mode: 'insensitive' } } } } },
      ],
    });
  }
  return { AND: and };
}

function searchTokens(search: string | null | undefined): string[] {
  if (!search?.trim()) return [];
  return [...new Set(normalizeForSearch(search).split(/[^\p{L}\p{N}+#.@-]+/u).filter(Boolean))].slice(0, 10);
}

/** Higher is better: exact email, then whole-name, name-prefix and per-word keyword hits. */
function relevance(c: { fullName: string; emailNormalized: string | null; title: string | null; searchKeywords: string[] }, search: string, tokens: string[]): number {
  const q = normalizeForSearch(search.trim());
  const name = normalizeForSearch(c.fullName);
  const words = new Set(c.searchKeywords);
  let score = 0;
  if (c.emailNormalized === q) score += 100;
  if (name === q) score += 80;
  else if (name.startsWith(q)) score += 40;
  for (const token of tokens) {
    if (words.has(token)) score += 15;
    if (name.split(/\s+/).some((w) => w.startsWith(token))) score += 10;
    if (c.title && normalizeForSearch(c.title).includes(token)) score += 5;
    if (c.emailNormalized?.includes(token)) score += 5;
  }
  return score;
}

/**
 * One Relay connection over candidates for `candidates` and `JobPosition.candidates`. Nested
 * selections (CV, job position, latest interview) are merged into the page query by the Pothos
 * Prisma plugin, so the number of queries does not grow with the page size.
 */
export async function resolveCandidateConnection(ctx: Context, info: GraphQLResolveInfo, args: CandidateConnectionArgs, fixed: Prisma.CandidateWhereInput = {}) {
  const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'VALIDATION' } });
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null || args.offset != null)) throw invalid('Page forward (first/after/offset) or backward (last/before), not both');
  if (args.offset != null && (args.after != null || args.offset < 0 || args.offset > MAX_OFFSET)) {
    throw invalid(`offset must be between 0 and ${MAX_OFFSET} and cannot be combined with after`);
  }
  const first = (backward ? args.last : args.first) ?? CANDIDATE_PAGE.default;
  // first: 0 asks for totalCount alone.
  if (first < 0 || first > CANDIDATE_PAGE.max) throw invalid(`${backward ? 'last' : 'first'} must be between 0 and ${CANDIDATE_PAGE.max}`);
  const where = whereFor(ctx, args.filter, fixed);
  const empty = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: async () => 0 };
  if (!where) return empty;
  const totalCount = () => ctx.prisma.candidate.count({ where });
  const query = queryFromInfo({ context: ctx, info, path: ['edges', 'node'], typeName: 'Candidate' }) as object;
  const rawCursor = backward ? args.before : args.after;
  const cursor = rawCursor ? decodeCursor(rawCursor) : null;
  const search = args.filter?.search?.trim();

  if (search && !args.orderBy) {
    if (cursor && !('o' in cursor)) throw invalid('This cursor belongs to another ordering of the connection: start again without after/before');
    const end = backward ? (cursor ? cursor.o - 1 : null) : null;
    const tokens = searchTokens(search);
    const matches = await ctx.prisma.candidate.findMany({
      where,
      select: { id: true, fullName: true, emailNormalized: true, title: true, searchKeywords: true, updatedAt: true },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      take: SEARCH_RANK_LIMIT,
    });
    const ranked = matches
      .map((m) => ({ id: m.id, score: relevance(m, search, tokens), updatedAt: m.updatedAt.getTime() }))
      .sort((a, b) => b.score - a.score || b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
    const offset = backward ? Math.max(0, (end ?? ranked.length) - first) : cursor ? cursor.o : (args.offset ?? 0);
    const page = ranked.slice(offset, backward ? (end ?? ranked.length) : offset + first);
    const nodes = await ctx.prisma.candidate.findMany({ ...query, where: { id: { in: page.map((p) => p.id) } } });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edges = page.flatMap((p, i) => {
      const node = byId.get(p.id);
      return node ? [{ cursor: encodeCursor({ o: offset + i + 1, k: 'relevance' }), node }] : [];
    });
    return {
      edges,
      pageInfo: { hasNextPage: offset + page.length < ranked.length, hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  const field = (args.orderBy?.field ?? 'createdAt') as 'createdAt' | 'updatedAt' | 'fullName';
  const direction = (args.orderBy ? (args.orderBy.direction ?? 'asc') : 'desc') as 'asc' | 'desc';
  const ordering = `${field}:${direction}`;
  // Backward pages read the same order reversed from the cursor, then turn the rows round.
  const readDirection = backward ? (direction === 'asc' ? 'desc' : 'asc') : direction;
  const after: Prisma.CandidateWhereInput[] = [];
  if (cursor) {
    if (!('id' in cursor) || cursor.k !== ordering) throw invalid('This cursor belongs to another ordering of the connection: start again without after/before');
    const value = field === 'fullName' ? cursor.v : cursor.v ? new Date(cursor.v) : null;
    const beyond = readDirection === 'asc' ? 'gt' : 'lt';
    after.push({ OR: [{ [field]: { [beyond]: value } }, { [field]: value, id: { [beyond]: cursor.id } }] });
  }
  const rows = await ctx.prisma.candidate.findMany({
    ...query,
    where: after.length ? { AND: [where, ...after] } : where,
    orderBy: [{ [field]: readDirection }, { id: readDirection }],
    skip: args.offset ?? 0,
    take: first + 1,
  });
  const page = backward ? rows.slice(0, first).reverse() : rows.slice(0, first);
  const edges = page.map((node) => {
    const value = node[field];
    return { cursor: encodeCursor({ v: value instanceof Date ? value.toISOString() : String(value), id: node.id, k: ordering }), node };
  });
  const more = rows.length > first;
  const earlier = Boolean(cursor) || (args.offset ?? 0) > 0;
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
}
