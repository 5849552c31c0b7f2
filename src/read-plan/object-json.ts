import {
  getNamedType,
  GraphQLEnumType,
  GraphQLObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import { isoInstant } from '../db/iso-instant.js';
import { Prisma } from '../generated/prisma/client.js';
import { getDatamodel } from '../generated/pothos-prisma-types.js';
import { staticScope } from '../policy/selection-scopes.js';
import { encodeGlobalId } from '../schema/global-id.js';
import { collectFields, subSelections } from './collect-fields.js';
import { notCompilable, type CompileState } from './compile-state.js';

interface ModelField {
  name: string;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

// Tables and columns carry the model's and fields' names: schema.prisma maps none (test/read-plan checks it).
const MODELS = getDatamodel().datamodel.models as unknown as Record<string, { fields: ModelField[] }>;

/** Options a field may carry and still be answered from its column or relation alone. */
export const PLAIN_OPTIONS = new Set(['type', 'nullable', 'description', 'deprecationReason', 'extensions', 'resolve', 'authScopes', 'args']);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A GraphQL name or a Prisma identifier as an SQL string literal (both are plain identifiers). */
export function literal(name: string): Prisma.Sql {
  if (!IDENTIFIER.test(name)) notCompilable(`name ${name}`);
  return Prisma.raw(`'${name}'`);
}

export function column(row: string, name: string): Prisma.Sql {
  if (!IDENTIFIER.test(row) || !IDENTIFIER.test(name)) notCompilable(`identifier ${name}`);
  return Prisma.raw(`${row}."${name}"`);
}

export function table(model: string): Prisma.Sql {
  if (!IDENTIFIER.test(model)) notCompilable(`table ${model}`);
  return Prisma.raw(`"${model}"`);
}

function modelOf(type: GraphQLObjectType): string {
  const model = (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;
  if (!model || !MODELS[model]) notCompilable(`${type.name} is not a Prisma object`);
  return model;
}

function modelField(model: string, name: string): ModelField {
  const field = MODELS[model]!.fields.find((f) => f.name === name);
  if (!field) notCompilable(`${model}.${name}`);
  return field;
}

function idField(model: string): ModelField {
  const id = MODELS[model]!.fields.find((f) => f.isId);
  if (!id) notCompilable(`${model} has no single id`);
  return id;
}

export function pothosOptions(holder: { extensions?: unknown }): Record<string, unknown> {
  return ((holder.extensions as { pothosOptions?: Record<string, unknown> } | undefined)?.pothosOptions ?? {}) as Record<string, unknown>;
}

/** Records the scope a type or field requires; a scope rule other than the static `{ scope }` is left to scope-auth. */
export function requireScope(state: CompileState, options: Record<string, unknown>, where: string) {
  if (options.authScopes === undefined) return;
  const scope = staticScope(options);
  const keys = Object.keys(options.authScopes as object);
  if (!scope || keys.some((key) => key !== 'scope' && key !== '$granted')) notCompilable(`scopes of ${where}`);
  state.scopes.add(scope);
}

/** The JSON the executor would write for one object of a Prisma-backed type, read from row alias `row`. */
export function objectJson(state: CompileState, type: GraphQLObjectType, nodes: readonly FieldNode[], row: string): Prisma.Sql {
  const model = modelOf(type);
  requireScope(state, pothosOptions(type), type.name);
  const pairs: Prisma.Sql[] = [];
  for (const [key, fieldNodes] of collectFields(state, type, subSelections(nodes))) {
    pairs.push(literal(key), fieldJson(state, type, model, fieldNodes, row));
  }
  // json_build_object takes at most 100 arguments.
  if (pairs.length === 0 || pairs.length > 100) notCompilable('selection size');
  return Prisma.sql`json_build_object(${Prisma.join(pairs)})`;
}

function fieldJson(state: CompileState, type: GraphQLObjectType, model: string, nodes: FieldNode[], row: string): Prisma.Sql {
  const name = nodes[0]!.name.value;
  if (name === '__typename') return literal(type.name);
  if (nodes.some((node) => node.arguments?.length)) notCompilable(`arguments on ${type.name}.${name}`);
  const field = type.getFields()[name];
  if (!field) notCompilable(`${type.name}.${name}`);
  const options = pothosOptions(field);
  if (Object.keys(options).some((key) => !PLAIN_OPTIONS.has(key)) || field.args.length) notCompilable(`options of ${type.name}.${name}`);
  requireScope(state, options, `${type.name}.${name}`);
  const extensions = field.extensions as { pothosExposedField?: string; pothosPrismaRelationField?: ModelField; pothosPrismaFallback?: unknown };

  if (name === 'id' && type.getInterfaces().some((i) => i.name === 'Node')) {
    const idColumn = nodeIdColumn(type, model);
    // The prefix comes from the one encoder every resolver uses.
    const prefix = encodeGlobalId(type.name, '');
    return Prisma.sql`(${prefix}::text || ${column(row, idColumn)}::text)`;
  }
  if (extensions.pothosExposedField) return scalarJson(field, modelField(model, extensions.pothosExposedField), row);
  if (extensions.pothosPrismaRelationField && !extensions.pothosPrismaFallback) return relationJson(state, model, field, nodes, row);
  return notCompilable(`${type.name}.${name} has a resolver`);
}

/**
 * The column behind a Node's global id. The Prisma plugin keeps only the id's serializer, so it is
 * asked: one that hands back the model's id column unchanged is the default for `id: { field }`.
 */
function nodeIdColumn(type: GraphQLObjectType, model: string): string {
  const serialize = (pothosOptions(type).id as { resolve?: (parent: object, ...rest: unknown[]) => unknown } | undefined)?.resolve;
  const column = idField(model).name;
  const probe = '00000000-0000-4000-8000-0000000000aa';
  try {
    if (serialize?.({ [column]: probe }, {}, {}, {}) === probe) return column;
  } catch {
    // A serializer that needs more than the id column is not the default one.
  }
  return notCompilable(`${type.name}.id`);
}

/** A column as the field's scalar or enum serializes it. */
function scalarJson(field: GraphQLField<unknown, unknown>, source: ModelField, row: string): Prisma.Sql {
  if (source.kind === 'object') notCompilable(`${field.name} is a relation`);
  // A null in a non-null field is an executor error; leave such fields to it.
  if (isNonNullType(field.type) && !source.isRequired && !source.isList) notCompilable(`${field.name} nullability`);
  const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
  if (list !== source.isList) notCompilable(`${field.name} list`);
  const named = getNamedType(field.type);
  // Prisma reads a NULL scalar list as an empty one.
  const value = source.isList ? Prisma.sql`COALESCE(${column(row, source.name)}, '{}')` : column(row, source.name);
  if (named instanceof GraphQLEnumType) {
    if (source.kind !== 'enum' || named.getValues().some((v) => v.value !== v.name)) notCompilable(`${field.name} enum`);
    return value;
  }
  if (!isScalarType(named)) notCompilable(`${field.name} type`);
  const expected = SCALAR_SOURCES[named.name];
  if (!expected) notCompilable(`${field.name}: ${named.name}`);
  if (source.type !== expected.source || (list && !expected.lists)) notCompilable(`${field.name} source type`);
  return named.name === 'DateTime' ? isoInstant(value) : value;
}

/** The Prisma column type each compiled GraphQL scalar reads, and whether it may be a list. */
const SCALAR_SOURCES: Record<string, { source: string; lists: boolean }> = {
  String: { source: 'String', lists: true },
  ID: { source: 'String', lists: true },
  Int: { source: 'Int', lists: true },
  Boolean: { source: 'Boolean', lists: true },
  DateTime: { source: 'DateTime', lists: false },
  JSONObject: { source: 'Json', lists: false },
};

type OrderBy = Record<string, 'asc' | 'desc'>;

/** The relation's own static `query` (an ordering), read through the Prisma plugin's selection hook. */
function relationOrder(field: GraphQLField<unknown, unknown>, relation: string): OrderBy[] {
  const select = (field.extensions as { pothosPrismaSelect?: (...args: unknown[]) => unknown }).pothosPrismaSelect;
  if (typeof select !== 'function') notCompilable(`${field.name} select`);
  const query = (select({}, {}, (q: unknown) => q) as { select?: Record<string, unknown> } | undefined)?.select?.[relation];
  if (query == null || typeof query !== 'object') notCompilable(`${field.name} query`);
  const { orderBy, ...rest } = query as { orderBy?: OrderBy | OrderBy[] };
  if (Object.keys(rest).length) notCompilable(`${field.name} query`);
  const order = orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
  for (const entry of order) {
    if (Object.entries(entry).some(([, direction]) => direction !== 'asc' && direction !== 'desc')) notCompilable(`${field.name} order`);
  }
  return order;
}

function relationJson(state: CompileState, model: string, field: GraphQLField<unknown, unknown>, nodes: FieldNode[], row: string): Prisma.Sql {
  const relation = (field.extensions as { pothosPrismaRelationField: ModelField }).pothosPrismaRelationField;
  const target = getNamedType(field.type as GraphQLOutputType);
  if (!(target instanceof GraphQLObjectType) || modelOf(target) !== relation.type) notCompilable(`${field.name} target`);
  const order = relationOrder(field, relation.name);
  const alias = state.nextAlias();
  let join: Prisma.Sql;
  if (relation.relationFromFields?.length) {
    if (relation.relationFromFields.length !== 1) notCompilable(`${field.name} compound key`);
    join = Prisma.sql`${column(alias, idField(relation.type).name)} = ${column(row, relation.relationFromFields[0]!)}`;
  } else {
    const back = MODELS[relation.type]!.fields.find((f) => f.relationName === relation.relationName && f.relationFromFields?.length);
    if (!back || back.relationFromFields!.length !== 1) notCompilable(`${field.name} back relation`);
    join = Prisma.sql`${column(alias, back.relationFromFields![0]!)} = ${column(row, idField(model).name)}`;
  }
  const inner = objectJson(state, target, nodes, alias);
  const from = Prisma.sql`FROM ${table(relation.type)} ${Prisma.raw(alias)} WHERE ${join}`;
  if (!relation.isList) {
    if (isNonNullType(field.type) && !relation.isRequired) notCompilable(`${field.name} nullability`);
    return Prisma.sql`(SELECT ${inner} ${from})`;
  }
  // Without an ordering the executor's order is the database's; only ordered lists are compiled.
  if (!order.length) notCompilable(`${field.name} has no order`);
  const orderSql = Prisma.join(
    order.flatMap((entry) => Object.entries(entry).map(([name, direction]) => Prisma.sql`${column(alias, modelField(relation.type, name).name)} ${Prisma.raw(direction.toUpperCase())}`)),
  );
  return Prisma.sql`COALESCE((SELECT json_agg(${inner} ORDER BY ${orderSql}) ${from}), '[]'::json)`;
}
