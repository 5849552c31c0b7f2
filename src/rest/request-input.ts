import type { z } from 'zod';
import { CompatFailure } from './compat-failure.js';
import type { Route } from './dialect.js';

function check<S extends z.ZodType>(schema: S | undefined, value: unknown): z.output<S> | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message }));
  throw new CompatFailure('VALIDATION', 'Validation error', { issues });
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new CompatFailure('VALIDATION', 'Validation error', { issues: [{ path: [], message: 'The request body is not valid JSON' }] });
  }
}

/** Request-shape validation only: types and required fields, from the same schemas as the OpenAPI document. */
export async function parseRouteInput(route: Route, request: Request, params: Record<string, string>): Promise<{ params: Record<string, unknown>; query: Record<string, unknown>; body: unknown }> {
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  return {
    params: check(route.params, params) ?? {},
    query: check(route.query, query) ?? {},
    body: route.body ? check(route.body, await readJson(request)) : undefined,
  };
}
