import { GraphQLObjectType, getNamedType, type FieldNode } from 'graphql';
import type { Context } from '../context.js';
import { scopeConditions, searchPage, type SearchScope } from '../domain/candidates/search.js';
import type { Planning } from '../db/client.js';
import { isoInstant } from '../db/iso-instant.js';
import { Prisma } from '../generated/prisma/client.js';
import { candidatePageRequest, searchOrderOf, type CandidateConnectionArgs, type CandidatePageRequest } from '../schema/candidate/candidate-connection.js';
import { candidateLookup } from '../schema/refs.js';
import { collectFields, subSelections } from './collect-fields.js';
import { notCompilable, type CompileState } from './compile-state.js';
import { column, literal, objectJson } from './object-json.js';

/** A root field's answer as SQL, and how PostgreSQL may plan it (`Planning` in src/db/client.ts). */
export interface RootAnswer {
  sql: Prisma.Sql;
  planning: Planning;
}

/** One root field compiled: its answer for given arguments, null for a null answer, undefined to leave it to the executor. */
export type RootSql = (ctx: Context, args: Record<string, unknown>) => RootAnswer | null | undefined;

function objectType(state: CompileState, name: string): GraphQLObjectType {
  const type = state.schema.getType(name);
  if (!(type instanceof GraphQLObjectType)) notCompilable(name);
  return type;
}

/** `candidate(id, jobPositionId)`: one row of the caller's organization, or null. */
export function compileCandidate(state: CompileState, nodes: readonly FieldNode[]): RootSql {
  const row = state.nextAlias();
  const json = objectJson(state, objectType(state, 'Candidate'), nodes, row);
  return (ctx, args) => {
    const where = candidateLookup(ctx, args as { id: string });
    if (!where) return null;
    const position = where.jobPositionId === undefined ? Prisma.empty : Prisma.sql` AND ${column(row, 'jobPositionId')} = ${where.jobPositionId}::uuid`;
    return {
      sql: Prisma.sql`(SELECT ${json} FROM "Candidate" ${Prisma.raw(row)} WHERE ${column(row, 'id')} = ${where.id}::uuid AND ${column(row, 'organizationId')} = ${where.organizationId}::uuid${position})`,
      planning: 'shared',
    };
  };
}

const PAGE_NUMBER = '__n';

/**
 * `candidates(first, after, filter, orderBy)` as one statement: the page's rows (one more than
 * asked, for hasNextPage) numbered in reading order, folded into edges, cursors and page info.
 * Offsets and backward pages are left to the resolver.
 */
export function compileCandidates(state: CompileState, nodes: readonly FieldNode[]): RootSql {
  const page = state.nextAlias();
  const connection = objectType(state, 'CandidateConnection');
  const parts: { key: string; sql: (request: CandidatePageRequest, where: Prisma.Sql, cursor: Prisma.Sql) => Prisma.Sql }[] = [];
  const n = Prisma.raw(`${page}."${PAGE_NUMBER}"`);
  const onPage = (request: CandidatePageRequest) => Prisma.sql`${n} <= ${request.first}`;

  for (const [key, fieldNodes] of collectFields(state, connection, subSelections(nodes))) {
    const name = fieldNodes[0]!.name.value;
    if (fieldNodes.some((node) => node.arguments?.length)) notCompilable(`arguments on ${name}`);
    if (name === '__typename') parts.push({ key, sql: () => literal(connection.name) });
    else if (name === 'totalCount') parts.push({ key, sql: (_request, where) => Prisma.sql`(SELECT count(*)::int FROM "Candidate" c WHERE ${where})` });
    else if (name === 'edges') {
      const edge = objectType(state, getNamedType(connection.getFields().edges!.type).name);
      const edgeParts: ((cursor: Prisma.Sql) => Prisma.Sql)[] = [];
      for (const [edgeKey, edgeNodes] of collectFields(state, edge, subSelections(fieldNodes))) {
        const edgeField = edgeNodes[0]!.name.value;
        const keySql = literal(edgeKey);
        if (edgeField === '__typename') edgeParts.push(() => Prisma.sql`${keySql}, ${literal(edge.name)}`);
        else if (edgeField === 'cursor') edgeParts.push((cursor) => Prisma.sql`${keySql}, ${cursor}`);
        else if (edgeField === 'node') {
          const node = objectJson(state, objectType(state, 'Candidate'), edgeNodes, page);
          edgeParts.push(() => Prisma.sql`${keySql}, ${node}`);
        } else notCompilable(`${edge.name}.${edgeField}`);
      }
      parts.push({
        key,
        sql: (request, _where, cursor) =>
          Prisma.sql`COALESCE(json_agg(json_build_object(${Prisma.join(edgeParts.map((part) => part(cursor)))}) ORDER BY ${n}) FILTER (WHERE ${onPage(request)}), '[]'::json)`,
      });
    } else if (name === 'pageInfo') {
      const pageInfo = objectType(state, getNamedType(connection.getFields().pageInfo!.type).name);
      const value: Record<string, (request: CandidatePageRequest, cursor: Prisma.Sql) => Prisma.Sql> = {
        __typename: () => literal(pageInfo.name),
        hasNextPage: (request) => Prisma.sql`count(*) > ${request.first}`,
        hasPreviousPage: (request) => (request.cursor ? Prisma.sql`true` : Prisma.sql`false`),
        startCursor: (request, cursor) => Prisma.sql`(array_agg(${cursor} ORDER BY ${n}) FILTER (WHERE ${onPage(request)}))[1]`,
        endCursor: (request, cursor) => Prisma.sql`(array_agg(${cursor} ORDER BY ${n} DESC) FILTER (WHERE ${onPage(request)}))[1]`,
      };
      const infoParts: ((request: CandidatePageRequest, cursor: Prisma.Sql) => Prisma.Sql)[] = [];
      for (const [infoKey, infoNodes] of collectFields(state, pageInfo, subSelections(fieldNodes))) {
        const infoField = infoNodes[0]!.name.value;
        const keySql = literal(infoKey);
        const make = value[infoField];
        if (!make) notCompilable(`${pageInfo.name}.${infoField}`);
        infoParts.push((request, cursor) => Prisma.sql`${keySql}, ${make(request, cursor)}`);
      }
      parts.push({ key, sql: (request, _where, cursor) => Prisma.sql`json_build_object(${Prisma.join(infoParts.map((part) => part(request, cursor)))})` });
    } else notCompilable(`${connection.name}.${name}`);
  }
  if (!parts.length) notCompilable('empty connection');

  return (ctx, args) => {
    const request = candidatePageRequest(ctx, args as CandidateConnectionArgs);
    if (request.backward || request.offset > 0) return undefined;
    const { scope, search } = request;
    const searched = scope && search ? searchRows(request, scope, search) : null;
    const { rows, where, key } = searched ?? plainRows(request);
    // The cursor the resolver encodes: base64url of {"v":…,"id":…,"k":…} (PostgreSQL's base64 wraps lines and pads).
    const cursorJson = Prisma.sql`'{"v":' || to_json(${key(page)})::text || ',"id":"' || ${column(page, 'id')}::text || '","k":' || to_json(${request.ordering}::text)::text || '}'`;
    const cursor = Prisma.sql`rtrim(translate(encode(convert_to(${cursorJson}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;
    const body = Prisma.join(parts.map((part) => Prisma.sql`${literal(part.key)}, ${part.sql(request, where, cursor)}`));
    // One group always, even when no part aggregates (totalCount alone) or the page is empty.
    return { sql: Prisma.sql`(SELECT json_build_object(${body}) FROM (${rows}) ${Prisma.raw(page)} GROUP BY ())`, planning: searched?.planning ?? 'shared' };
  };
}

interface PageRows {
  /** The page's candidate rows plus their place in reading order, `__n`, one more than the page. */
  rows: Prisma.Sql;
  /** What every match meets (for totalCount), on candidate row `c`. */
  where: Prisma.Sql;
  /** A row's sort key as the cursor writes it. */
  key: (row: string) => Prisma.Sql;
  planning: Planning;
}

function plainRows(request: CandidatePageRequest): PageRows {
  // A filter that can match nothing is the resolver's empty page, which these parts also give on no rows.
  const where = Prisma.join(request.scope ? scopeConditions(request.scope) : [Prisma.sql`false`], ' AND ');
  const order = column('c', request.field);
  const direction = Prisma.raw(request.direction === 'asc' ? 'ASC' : 'DESC');
  let beyond = Prisma.empty;
  if (request.cursor) {
    const value = request.field === 'fullName' ? Prisma.sql`${request.cursor.v}::text` : Prisma.sql`${request.cursor.v}::timestamptz`;
    const comparison = Prisma.raw(request.direction === 'asc' ? '>' : '<');
    beyond = Prisma.sql` AND (${order}, c.id) ${comparison} (${value}, ${request.cursor.id}::uuid)`;
  }
  return {
    rows: Prisma.sql`SELECT c.*, row_number() OVER (ORDER BY ${order} ${direction}, c.id ${direction}) AS ${Prisma.raw(`"${PAGE_NUMBER}"`)}
      FROM "Candidate" c WHERE ${where}${beyond}
      ORDER BY ${order} ${direction}, c.id ${direction} LIMIT ${request.first + 1}`,
    where,
    key: (row) => (request.field === 'fullName' ? column(row, 'fullName') : isoInstant(column(row, request.field))),
    planning: 'shared',
  };
}

/** A search's page: matched, ranked and cut by the same statement the resolver runs (domain/candidates/search.ts). */
function searchRows(request: CandidatePageRequest, scope: SearchScope, search: string): PageRows {
  const { sql, conditions, plannedForWord } = searchPage({
    search,
    scope,
    order: searchOrderOf(request),
    after: request.cursor ? { key: request.cursor.v ?? '', id: request.cursor.id } : null,
    take: request.first + 1,
  });
  return {
    rows: Prisma.sql`SELECT c.*, s.key AS "__key", s.n AS ${Prisma.raw(`"${PAGE_NUMBER}"`)} FROM (${sql}) s JOIN "Candidate" c ON c.id = s.id`,
    where: conditions,
    key: (row) => column(row, '__key'),
    // Its best plan depends on the words: planned for them on each request, unless they are written in.
    planning: plannedForWord ? 'per-text' : 'per-request',
  };
}
