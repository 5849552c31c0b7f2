import type { FailureCode } from './compat-failure.js';

/** HTTP status per failure code for every dialect; a dialect overrides only where its document differs. */
export const FAILURE_STATUS: Record<FailureCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  DUPLICATE_EMAIL: 409,
  INVALID_STATUS: 409,
  ANALYSIS_NOT_VIEWED: 409,
  ACTIVE_SESSION: 409,
  SESSION_NOT_ACTIVE: 409,
  IDEMPOTENCY_IN_PROGRESS: 409,
  // The IETF Idempotency-Key draft: the same key with a different request is unprocessable.
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  TIMEOUT: 504,
};
