import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** File content travels as base64 text and has its own byte limit (the résumé size), not the free-text cap. */
const UNCAPPED_FIELDS = new Set(['contentBase64']);
// PostgreSQL refuses NUL in text (22021) and lone UTF-16 surrogates cannot be stored as UTF-8.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Issue {
  path: (string | number)[];
  message: string;
}

function checkString(value: string, path: (string | number)[], maxLength: number): Issue | null {
  const field = [...path].reverse().find((p) => typeof p === 'string');
  if (!(typeof field === 'string' && UNCAPPED_FIELDS.has(field)) && value.length > maxLength) {
    return { path, message: `is ${value.length} characters long; at most ${maxLength} are allowed` };
  }
  if (value.length <= maxLength && UNSTORABLE.test(value)) return { path, message: 'contains a NUL character or an unpaired surrogate' };
  return null;
}

function checkValue(value: unknown, path: (string | number)[], maxLength: number): Issue | null {
  if (typeof value === 'string') return checkString(value, path, maxLength);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const issue = checkValue(value[i], [...path, i], maxLength);
      if (issue) return issue;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const keyIssue = checkString(key, [...path, key], maxLength);
      if (keyIssue) return keyIssue;
      const issue = checkValue(inner, [...path, key], maxLength);
      if (issue) return issue;
    }
  }
  return null;
}

function checkLiterals(document: DocumentNode, maxLength: number): Issue | null {
  let found: Issue | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (found) return;
      found = checkString(node.value, [...names], maxLength);
    },
  });
  return found;
}

/**
 * The one edge check for every String input, GraphQL variables and literals alike (the REST
 * dialects reach the schema as variables): unstorable characters and over-long free text are
 * VALIDATION before any resolver or database sees them.
 */
export function useInputGuard(maxLength: number): Plugin {
  // Yoga's parser cache hands back the same document object for the same text: its literals are checked once.
  const literalIssues = new WeakMap<DocumentNode, Issue | null>();
  const literalIssue = (document: DocumentNode): Issue | null => {
    let issue = literalIssues.get(document);
    if (issue === undefined) literalIssues.set(document, (issue = checkLiterals(document, maxLength)));
    return issue;
  };
  const guard = (document: DocumentNode, variables: unknown): GraphQLError | null => {
    const issue = literalIssue(document) ?? checkValue(variables ?? {}, [], maxLength);
    if (!issue) return null;
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return new GraphQLError(`${where}${issue.message}`, { extensions: { code: 'VALIDATION', issues: [issue] } });
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = guard(args.document, args.variableValues);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = guard(args.document, args.variableValues);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

