import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  isNonNullType,
  Kind,
  locatedError,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context.js';
import { strictestPlanning, type Planning } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { collectFields } from './collect-fields.js';
import { compileCandidate, compileCandidates, type RootAnswer, type RootSql } from './candidate-roots.js';
import { CompileState, NotCompilable } from './compile-state.js';
import { literal, PLAIN_OPTIONS, pothosOptions, requireScope } from './object-json.js';

/** The root fields whose whole answer one SQL statement can give. */
const ROOTS: Record<string, (state: CompileState, nodes: readonly FieldNode[]) => RootSql> = {
  candidates: compileCandidates,
  candidate: compileCandidate,
};

interface RootPlan {
  key: string;
  field: GraphQLField<unknown, unknown>;
  nodes: FieldNode[];
  sql: RootSql | 'typename';
}

/** A query operation compiled to one statement that returns its `data` as JSON, and the scopes that answer needs. */
export interface ReadPlan {
  operation: OperationDefinitionNode;
  /** The query root's name, which a root `__typename` answers. */
  rootType: string;
  roots: RootPlan[];
  scopes: CompileState['scopes'];
}

/** Null when any part of the operation needs the executor (a resolver, a directive, an argument the plan does not take). */
export function compileReadPlan(args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName'>): ReadPlan | null {
  const operation = getOperationAST(args.document, args.operationName);
  const query = args.schema.getQueryType();
  if (!operation || operation.operation !== OperationTypeNode.QUERY || !query) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of args.document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const state = new CompileState(args.schema, fragments);
  try {
    const roots: RootPlan[] = [];
    for (const [key, nodes] of collectFields(state, query, [operation.selectionSet])) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        roots.push({ key, field: null as never, nodes, sql: 'typename' });
        continue;
      }
      const compile = ROOTS[name];
      const field = query.getFields()[name];
      if (!compile || !field) return null;
      const options = pothosOptions(field);
      // A plugin option on the root (validation, errors, a grant) is the executor's to apply.
      if (Object.keys(options).some((option) => !PLAIN_OPTIONS.has(option))) return null;
      requireScope(state, options, `Query.${name}`);
      roots.push({ key, field, nodes, sql: compile(state, nodes) });
    }
    if (!roots.some((root) => root.sql !== 'typename')) return null;
    return { operation, rootType: query.name, roots, scopes: state.scopes };
  } catch (error) {
    if (error instanceof NotCompilable) return null;
    throw error;
  }
}

const plans = new WeakMap<DocumentNode, Map<string, ReadPlan | null>>();

/** Yoga's parser cache hands out one document object per query text, so a plan is compiled once per text. */
export function readPlanFor(args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName'>): ReadPlan | null {
  let byName = plans.get(args.document);
  if (!byName) plans.set(args.document, (byName = new Map()));
  const name = args.operationName ?? '';
  if (!byName.has(name)) byName.set(name, compileReadPlan(args));
  return byName.get(name)!;
}

/**
 * Answers the operation with its plan's one statement, or returns null to let the executor answer
 * it: a key without a scope the answer needs, variables or arguments the executor would refuse,
 * and requests the plan does not take all get the executor's own answer and errors.
 */
export async function runReadPlan(plan: ReadPlan, args: ExecutionArgs): Promise<ExecutionResult | null> {
  const ctx = args.contextValue as Context;
  for (const scope of plan.scopes) if (!ctx.auth.scopes.has(scope)) return null;
  const variables = getVariableValues(args.schema, plan.operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
  if (variables.errors) return null;
  const parts: Prisma.Sql[] = [];
  let planning: Planning = 'shared';
  for (const root of plan.roots) {
    if (root.sql === 'typename') {
      parts.push(literal(root.key), literal(plan.rootType));
      continue;
    }
    let answer: RootAnswer | null | undefined;
    try {
      answer = root.sql(ctx, getArgumentValues(root.field, root.nodes[0]!, variables.coerced));
    } catch {
      return null;
    }
    if (answer === undefined) return null;
    parts.push(literal(root.key), answer?.sql ?? Prisma.sql`NULL::json`);
    if (answer) planning = strictestPlanning(planning, answer.planning);
  }
  try {
    const data = await ctx.services.db.readJson(Prisma.sql`SELECT json_build_object(${Prisma.join(parts)})::text AS data`, { planning });
    return { data: JSON.parse(data!) as Record<string, unknown> };
  } catch (error) {
    // As the executor reports a failing root resolver: located at the field, its value null, a non-null root nulling the data.
    const failing = plan.roots.filter((root) => root.sql !== 'typename');
    const nonNull = failing.some((root) => isNonNullType(root.field.type));
    return {
      data: nonNull ? null : Object.fromEntries(plan.roots.map((root) => [root.key, root.sql === 'typename' ? plan.rootType : null])),
      errors: failing.map((root) => locatedError(error, root.nodes, [root.key])),
    };
  }
}
