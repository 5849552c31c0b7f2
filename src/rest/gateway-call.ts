import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GatewayYoga, ServerContext } from '../yoga.js';
import { ERROR_CODES, type ErrorCode } from '../errors.js';
import { CompatFailure } from './compat-failure.js';

/** Caller headers that decide what the GraphQL pipeline does: who, which retry, and rate-limit identity. */
const FORWARDED_REQUEST_HEADERS = ['authorization', 'x-api-key', 'idempotency-key', 'user-agent', 'x-forwarded-for', 'x-real-ip'];
const FORWARDED_RESPONSE_HEADERS = /^(retry-after|ratelimit|ratelimit-.*|x-ratelimit-.*|www-authenticate)$/i;

export type GatewayCall = <R, V>(document: TypedDocumentNode<R, V>, variables: V) => Promise<R>;

export interface GatewaySession {
  call: GatewayCall;
  /** Rate-limit and auth headers of the last GraphQL response, for the REST response. */
  responseHeaders: Headers;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; issues?: { path: string[]; message: string }[] } }[];
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

function failureOf(error: NonNullable<GraphQLBody['errors']>[number], status: number): CompatFailure {
  const code = error.extensions?.code;
  if (code && KNOWN_CODES.has(code)) return new CompatFailure(code as ErrorCode, error.message, error.extensions?.issues ? { issues: error.extensions.issues } : {});
  // graphql-js refuses a variable the REST schema let through (e.g. an Int beyond 32 bits) with a
  // 400 and no code; its message names the input field.
  if (status === 400) {
    const at = /at "input\.([^"]+)"/.exec(error.message)?.[1];
    return new CompatFailure('VALIDATION', 'Validation error', { issues: [{ path: at ? at.split('.') : [], message: error.message }] });
  }
  return new CompatFailure(status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', error.message);
}

const printed = new WeakMap<object, string>();
function source(document: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(document);
  if (!text) printed.set(document, (text = print(document)));
  return text;
}

/**
 * Runs documents through the same Yoga pipeline as /graphql with the caller's own headers, so
 * auth, scopes, rate limits, idempotency and error masking are exactly those of GraphQL.
 */
export function gatewaySession(yoga: GatewayYoga, request: Request, serverContext: ServerContext & { requestId: string }): GatewaySession {
  const responseHeaders = new Headers();
  const endpoint = new URL('/graphql', request.url);
  const call: GatewayCall = async (document, variables) => {
    // API keys travel only in headers, never cookies, so a REST call cannot be a cross-site forgery.
    const headers = new Headers({ 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-graphql-yoga-csrf': 'rest' });
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const response = await yoga.fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query: source(document as never), variables }) }, serverContext);
    response.headers.forEach((value, name) => {
      if (FORWARDED_RESPONSE_HEADERS.test(name)) responseHeaders.set(name, value);
    });
    const body = (await response.json()) as GraphQLBody;
    const error = body.errors?.[0];
    if (error) throw failureOf(error, response.status);
    if (!body.data) throw new CompatFailure('INTERNAL', `GraphQL answered ${response.status} without data`);
    return body.data as never;
  };
  return { call, responseHeaders };
}
