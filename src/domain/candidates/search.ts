import { Prisma } from '../../generated/prisma/client.js';
import { isoInstant } from '../../db/iso-instant.js';
import { normalizeForSearch } from './search-keywords.js';

/**
 * Candidate search in SQL: each word of the query must occur in the candidate's folded keywords
 * (name, email, title, skills — folded once, by `normalizeForSearch`), joined once per write into
 * the generated column `searchText` (migration `candidate_search_text`) and found through its
 * trigram GIN index.
 * Relevance is computed by the database and pages are read by keyset, so no page depends on how
 * many candidates match and an insert never shifts a later page.
 */

/** What the database needs to run raw SQL; the application's Prisma client and its transactions have it. */
export interface SqlRunner {
  $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T>;
}

/** The conditions a search is narrowed by, already resolved and normalised by the caller. */
export interface SearchScope {
  organizationId: string;
  jobPositionIds: readonly string[];
  statuses?: readonly string[] | undefined;
  emailNormalized?: string | undefined;
  updatedSince?: Date | undefined;
  createdSince?: Date | undefined;
  importSource?: string | undefined;
}

export type SearchOrder = { kind: 'relevance' } | { kind: 'field'; field: 'createdAt' | 'updatedAt' | 'fullName'; direction: 'asc' | 'desc' };

/** A position in an ordering: the sort key as text (relevance as a fixed-point decimal) and the id. */
export interface SearchKey {
  key: string;
  id: string;
}

export interface SearchPageRequest {
  search: string;
  scope: SearchScope;
  order: SearchOrder;
  /** Rows strictly beyond this key in reading order. */
  after?: SearchKey | null;
  /** Read the ordering reversed (backward pages); rows come back in reading order. */
  reversed?: boolean;
  take: number;
  offset?: number;
}

const MAX_TOKENS = 10;

/** The query's words, folded like the stored keywords. */
export function searchTokens(search: string | null | undefined): string[] {
  if (!search?.trim()) return [];
  return [...new Set(normalizeForSearch(search).split(/[^\p{L}\p{N}+#.@-]+/u).filter(Boolean))].slice(0, MAX_TOKENS);
}

const SEARCH_TEXT = Prisma.sql`c."searchText"`;

function likePattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** The scope's conditions on the candidate row `c`: the tenant first, always. */
export function scopeConditions(scope: SearchScope): Prisma.Sql[] {
  const and: Prisma.Sql[] = [Prisma.sql`c."organizationId" = ${scope.organizationId}::uuid`];
  for (const id of scope.jobPositionIds) and.push(Prisma.sql`c."jobPositionId" = ${id}::uuid`);
  if (scope.statuses) and.push(Prisma.sql`c."status"::text = ANY(${[...scope.statuses]}::text[])`);
  if (scope.emailNormalized !== undefined) and.push(Prisma.sql`c."emailNormalized" = ${scope.emailNormalized}`);
  if (scope.updatedSince) and.push(Prisma.sql`c."updatedAt" >= ${scope.updatedSince}`);
  if (scope.createdSince) and.push(Prisma.sql`c."createdAt" >= ${scope.createdSince}`);
  if (scope.importSource !== undefined) and.push(Prisma.sql`c."importSource" = ${scope.importSource}`);
  return and;
}

/** How a search's words reach the statement: as parameters, or written into it (`inlineWord`). */
type WordValue = (value: string | string[]) => Prisma.Sql;
const bound: WordValue = (value) => Prisma.sql`${value}`;

/**
 * A plain word, or its LIKE pattern, written into the statement as a literal: it needs no quoting, and a
 * statement that carries its word can keep a plan made for that word (see `searchPage`).
 */
const inlineWord: WordValue = (value) => {
  const quote = (text: string) => {
    if (!PLAIN_WORD.test(text.replace(/^%|%$/g, ''))) throw new Error(`not a plain word: ${text}`);
    return `'${text}'`;
  };
  return Prisma.raw(Array.isArray(value) ? `ARRAY[${value.map(quote).join(', ')}]` : quote(value));
};

/** The conditions a search's matches meet, on the candidate row `c`. */
export function searchConditions(search: string, scope: SearchScope, value: WordValue = bound): Prisma.Sql {
  const and = scopeConditions(scope);
  for (const token of searchTokens(search)) and.push(Prisma.sql`${SEARCH_TEXT} LIKE ${value(likePattern(token))}`);
  return Prisma.join(and, ' AND ');
}

/** Higher is better: the exact email, then every word a whole keyword, then trigram word similarity (0–1). */
function relevance(search: string, value: WordValue = bound): Prisma.Sql {
  const tokens = searchTokens(search);
  const phrase = tokens.join(' ');
  const email = Prisma.sql`(CASE WHEN c."emailNormalized" = ${value(phrase)} THEN 2 ELSE 0 END)`;
  const whole = Prisma.sql`c."searchKeywords" @> ${value(tokens)}::text[]`;
  const similarity = Prisma.sql`word_similarity(${value(phrase)}, ${SEARCH_TEXT})`;
  // One plain word that is a whole keyword is also a whole trigram word of the text, so its word
  // similarity is exactly 1: skipping it gives the same key for most rows of a broad search, where
  // word_similarity was most of the statement's time.
  const score = PLAIN_WORD.test(phrase)
    ? Prisma.sql`${email} + (CASE WHEN ${whole} THEN 2 ELSE ${similarity} END)`
    : Prisma.sql`${email} + (CASE WHEN ${whole} THEN 1 ELSE 0 END) + ${similarity}`;
  return Prisma.sql`round((${score})::numeric, 6)`;
}

/** Letters and digits that pg_trgm treats as word characters in any locale. */
const PLAIN_WORD = /^[a-z0-9]+$/;

const FIELD_COLUMNS = { createdAt: Prisma.sql`c."createdAt"`, updatedAt: Prisma.sql`c."updatedAt"`, fullName: Prisma.sql`c."fullName"` };
const FIELD_CASTS = { createdAt: Prisma.sql`timestamptz`, updatedAt: Prisma.sql`timestamptz`, fullName: Prisma.sql`text` };

/**
 * The statement behind a page of matches: `id` (uuid), `key` (the sort key as text) and `n` (the
 * place in reading order, from 1), for searchCandidatePage and for compiled read plans (src/read-plan).
 */
export function searchPageSql(request: SearchPageRequest): Prisma.Sql {
  return searchPage(request).sql;
}

export interface SearchPage {
  /** The statement of `searchPageSql`. */
  sql: Prisma.Sql;
  /** What every match meets, on candidate row `c`, written as the statement writes it. */
  conditions: Prisma.Sql;
  /**
   * One plain word of a relevance search, read in tiers, with the word (and the page size) written into the
   * statement, so PostgreSQL may keep a plan for it: a plan made without the word guessed one whole-keyword
   * match and scanned everything (test/bench/EXPERIMENTS.md). Otherwise the words are parameters.
   */
  plannedForWord: boolean;
}

export function searchPage(request: SearchPageRequest): SearchPage {
  const phrase = searchTokens(request.search).join(' ');
  if (request.order.kind === 'relevance' && !request.reversed && PLAIN_WORD.test(phrase)) {
    const conditions = searchConditions(request.search, request.scope, inlineWord);
    return { sql: plainWordPageSql(request, phrase, conditions), conditions, plannedForWord: true };
  }
  const conditions = searchConditions(request.search, request.scope);
  return { sql: rankedPageSql(request, conditions), conditions, plannedForWord: false };
}

/** A page size or offset written into the statement. */
function count(n: number): Prisma.Sql {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return Prisma.raw(String(n));
}

/** searchPageSql by ranking every match: any search, order and direction. */
export function rankedPageSql(request: SearchPageRequest, matches: Prisma.Sql = searchConditions(request.search, request.scope)): Prisma.Sql {
  const { order, after } = request;
  const reversed = request.reversed ?? false;
  const keyExpr = order.kind === 'relevance' ? relevance(request.search) : FIELD_COLUMNS[order.field];
  const cast = order.kind === 'relevance' ? Prisma.sql`numeric` : FIELD_CASTS[order.field];
  // Relevance reads best first with ids ascending; a field reads key and id in one direction.
  const keyDescending = order.kind === 'relevance' ? !reversed : (order.direction === 'desc') !== reversed;
  const idDescending = order.kind === 'relevance' ? reversed : keyDescending;
  const keyDir = keyDescending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const idDir = idDescending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  let beyond = Prisma.empty;
  if (after) {
    const keyOp = keyDescending ? Prisma.sql`<` : Prisma.sql`>`;
    const idOp = idDescending ? Prisma.sql`<` : Prisma.sql`>`;
    beyond = Prisma.sql`WHERE (m.key ${keyOp} ${after.key}::${cast} OR (m.key = ${after.key}::${cast} AND m.id ${idOp} ${after.id}::uuid))`;
  }
  return Prisma.sql`
    WITH m AS (SELECT c.id, ${keyExpr} AS key FROM "Candidate" c WHERE ${matches})
    SELECT m.id, ${order.kind === 'field' && order.field !== 'fullName' ? isoInstant(Prisma.sql`m.key`) : Prisma.sql`m.key::text`} AS key,
      row_number() OVER (ORDER BY m.key ${keyDir}, m.id ${idDir}) AS n
    FROM m ${beyond}
    ORDER BY m.key ${keyDir}, m.id ${idDir}
    LIMIT ${request.take} OFFSET ${request.offset ?? 0}`;
}

/**
 * The best matches of one plain word, without ranking every match: such a word's key is 2 for a
 * whole keyword and its similarity (at most 1) for a part of one, plus 2 for the exact email (which
 * a plain word cannot be, but is kept exact). So the matches split into three tiers: exact email,
 * whole keyword (all keyed 2, hence read in id order, which the primary key gives), and parts of
 * words; the third is read, and ranked, only when the first two do not fill the page. Every key is
 * the same relevance() expression as for other searches, so pages and cursors are unchanged
 * (test/candidates/search-tiers.test.ts compares both over every page).
 */
function plainWordPageSql(request: SearchPageRequest, word: string, matches: Prisma.Sql): Prisma.Sql {
  const key = relevance(request.search, inlineWord);
  const whole = Prisma.sql`c."searchKeywords" @> ${inlineWord([word])}::text[]`;
  const notEmail = Prisma.sql`c."emailNormalized" IS DISTINCT FROM ${inlineWord(word)}`;
  const want = count(request.take + (request.offset ?? 0));
  const beyond = request.after
    ? Prisma.sql`WHERE t.key < ${request.after.key}::numeric OR (t.key = ${request.after.key}::numeric AND t.id > ${request.after.id}::uuid)`
    : Prisma.empty;
  const tier = (conditions: Prisma.Sql, order: Prisma.Sql) =>
    Prisma.sql`SELECT * FROM (SELECT c.id, ${key} AS key FROM "Candidate" c WHERE ${matches} AND ${conditions}) t ${beyond} ORDER BY ${order} LIMIT ${want}`;
  return Prisma.sql`
    WITH email AS (${tier(Prisma.sql`c."emailNormalized" = ${inlineWord(word)}`, Prisma.sql`t.key DESC, t.id`)}),
    whole AS (${tier(Prisma.sql`${notEmail} AND ${whole}`, Prisma.sql`t.id`)}),
    part AS (${tier(Prisma.sql`(SELECT count(*) FROM email) + (SELECT count(*) FROM whole) < ${want} AND ${notEmail} AND NOT ${whole}`, Prisma.sql`t.key DESC, t.id`)})
    SELECT m.id, m.key::text AS key, row_number() OVER (ORDER BY m.key DESC, m.id) AS n
    FROM (SELECT * FROM email UNION ALL SELECT * FROM whole UNION ALL SELECT * FROM part) m
    ORDER BY m.key DESC, m.id
    LIMIT ${count(request.take)} OFFSET ${count(request.offset ?? 0)}`;
}

/** One statement: the ids (and sort keys) of one page of matches, in reading order. */
export async function searchCandidatePage(db: SqlRunner, request: SearchPageRequest): Promise<SearchKey[]> {
  return db.$queryRaw<SearchKey[]>(Prisma.sql`SELECT p.id::text AS id, p.key FROM (${searchPageSql(request)}) p ORDER BY p.n`);
}

/** How many candidates a search matches, counted by the database. */
export async function countSearchMatches(db: SqlRunner, search: string, scope: SearchScope): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "Candidate" c WHERE ${searchConditions(search, scope)}`);
  return row?.n ?? 0;
}
