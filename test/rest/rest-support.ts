import { expect } from 'vitest';
import { createCompatHandler } from '../../src/rest/compat-handler.js';
import type { TestGateway } from '../support/harness.js';

export interface RestResponse {
  status: number;
  headers: Headers;
  body: any;
}

export type Auth = { apiKey: string } | { bearer: string } | null;

/** The REST layer in process: the same handler server.ts mounts under /compat/, without a port. */
export function restClient(gw: TestGateway, vendor: string) {
  const handle = createCompatHandler(gw.app);
  return async (method: string, path: string, auth: Auth, body?: unknown, headers: Record<string, string> = {}): Promise<RestResponse> => {
    const h: Record<string, string> = { ...headers };
    if (auth && 'apiKey' in auth) h['x-api-key'] = auth.apiKey;
    if (auth && 'bearer' in auth) h.authorization = `Bearer ${auth.bearer}`;
    if (body !== undefined) h['content-type'] = 'application/json';
    const response = await handle(
      new Request(`http://gateway.test/compat/${vendor}${path}`, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) }),
    );
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
}

/** Field names and JSON types, recursively; a null in the example accepts any type. */
export function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, shapeOf(v)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  return typeof value;
}

/**
 * The response has exactly the documented fields, each of the documented JSON type; `nullable`
 * lists dotted paths our data may leave null where the example shows a value.
 */
export function expectDocumentedShape(actual: unknown, documented: unknown, nullable: string[] = []) {
  const shape = shapeOf(actual) as Record<string, unknown>;
  const expected = shapeOf(documented);
  for (const path of nullable) {
    const keys = path.split('.');
    let a: any = shape;
    let e: any = expected;
    for (const key of keys.slice(0, -1)) {
      a = a?.[key];
      e = e?.[key];
    }
    const last = keys.at(-1)!;
    if (a && a[last] === 'null') a[last] = e?.[last];
  }
  expect(freeForm(shape, expected)).toEqual(expected);
}

/** An empty object in the example (`"metadata": {}`) stands for any object. */
function freeForm(actual: unknown, expected: unknown): unknown {
  if (!actual || !expected || typeof actual !== 'object' || typeof expected !== 'object') return actual;
  if (Array.isArray(actual)) return Array.isArray(expected) ? actual.map((a, i) => freeForm(a, expected[i])) : actual;
  const keys = Object.keys(expected);
  if (keys.length === 0 && !Array.isArray(expected)) return {};
  return Object.fromEntries(Object.entries(actual).map(([k, v]) => [k, freeForm(v, (expected as Record<string, unknown>)[k])]));
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every response carries its request id in X-Request-Id (and in the body where the dialect has one). */
export function expectRequestId(response: RestResponse): string {
  const id = response.headers.get('x-request-id');
  expect(id).toMatch(UUID);
  return id!;
}
