import type { z } from 'zod';
import type { ZodOpenApiResponsesObject } from 'zod-openapi';
import type { CompatFailure } from './compat-failure.js';
import type { GatewayCall } from './gateway-call.js';
import type { HttpMethod } from './router.js';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  call: GatewayCall;
  requestId: string;
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface Route<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodType> {
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  responses: ZodOpenApiResponsesObject;
  /** The route runs an idempotent mutation and forwards `Idempotency-Key` to it (declared in the OpenAPI document). */
  idempotent?: true;
  handle(input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<Reply>;
}

export interface Dialect {
  vendor: string;
  title: string;
  description: string;
  /** How the vendor's clients present their key; both reach the same authentication. */
  security: { type: 'apiKey'; header: string } | { type: 'bearer' };
  routes: Route[];
  /** Every failure, mapped once per dialect to the vendor's status code and body. */
  failure(failure: CompatFailure, request: { requestId: string; method: string }): Reply;
}

/** Keeps each route's handler typed by its own schemas while dialects hold plain `Route`s. */
export function defineRoute<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(route: Route<P, Q, B>): Route {
  return route as unknown as Route;
}
