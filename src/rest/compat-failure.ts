import type { ErrorCode } from '../errors.js';

export type FailureCode = ErrorCode | 'ROUTE_NOT_FOUND' | 'METHOD_NOT_ALLOWED';

export interface FailureDetails {
  issues?: { path: (string | number)[]; message: string }[];
  currentStatus?: string;
  allowedStatuses?: string[];
  sessionId?: string;
  email?: string;
  entity?: string;
  allowed?: string[];
}

/** Any failure a route ends with: a GraphQL error code (typed union member or top-level error) or a routing miss. */
export class CompatFailure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
    readonly details: FailureDetails = {},
  ) {
    super(message);
    this.name = 'CompatFailure';
  }
}

type Typed = { __typename?: string };
type ErrorMember = { __typename?: string; code: ErrorCode; message: string } & Record<string, unknown>;

/** The payload member of a mutation result union; any error member becomes a CompatFailure. */
export function payloadOf<T extends Typed, N extends NonNullable<T['__typename']>>(result: T, typename: N): Extract<T, { __typename?: N }> {
  if (result.__typename === typename) return result as Extract<T, { __typename?: N }>;
  const error = result as unknown as ErrorMember;
  const { __typename: _t, code, message, ...details } = error;
  throw new CompatFailure(code ?? 'INTERNAL', message ?? 'Unexpected result', details as FailureDetails);
}

/** A query result that may be null: null is NOT_FOUND for the given entity. */
export function found<T>(value: T | null | undefined, entity: string): T {
  if (value == null) throw new CompatFailure('NOT_FOUND', `${entity} not found`, { entity });
  return value;
}
