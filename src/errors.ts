// Expected failures, designed once. GraphQL mutations return them as typed members of result
// unions; query-level failures become GraphQL errors with `extensions.code`; the REST dialects
// map the same codes to their own status codes and bodies.

import type { CandidateStatus } from './generated/prisma/enums.js';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'DUPLICATE_EMAIL',
  'INVALID_STATUS',
  'ANALYSIS_NOT_VIEWED',
  'ACTIVE_SESSION',
  'SESSION_NOT_ACTIVE',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_IN_PROGRESS',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  /** A dependency (the database) cannot be reached: HTTP 503 with Retry-After; retry later. */
  'UNAVAILABLE',
  /** The operation ran past EXECUTION_TIMEOUT_MS. */
  'TIMEOUT',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export class ValidationError extends DomainError {
  constructor(readonly issues: FieldIssue[]) {
    super('VALIDATION', issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
  }

  static single(path: (string | number)[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

/** The kinds of thing a request can name and not find. */
export const ENTITY_TYPES = ['Candidate', 'JobPosition', 'User', 'ApiKey', 'InterviewSession', 'ResumeUpload', 'WebhookEndpoint', 'WebhookDelivery'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export class NotFoundError extends DomainError {
  constructor(readonly entity: EntityType) {
    super('NOT_FOUND', `${entity} not found`);
  }
}

export class DuplicateEmailError extends DomainError {
  constructor(readonly email: string) {
    super('DUPLICATE_EMAIL', `Another candidate in this job position already has the email ${email}`);
  }
}

export class InvalidStatusError extends DomainError {
  constructor(
    readonly currentStatus: CandidateStatus,
    readonly allowedStatuses: CandidateStatus[],
    action: string,
  ) {
    super('INVALID_STATUS', `Cannot ${action} a candidate with status ${currentStatus}; allowed: ${allowedStatuses.join(', ')}`);
  }
}

export class AnalysisNotViewedError extends DomainError {
  constructor(action: string) {
    super('ANALYSIS_NOT_VIEWED', `The candidate's analysis must be viewed before you can ${action} them`);
  }
}

export class ActiveSessionError extends DomainError {
  constructor(readonly sessionId: string) {
    super('ACTIVE_SESSION', 'The candidate has an active interview session; pass force: true to cancel it and delete');
  }
}

export class SessionNotActiveError extends DomainError {
  constructor(readonly sessionStatus: string | null) {
    super(
      'SESSION_NOT_ACTIVE',
      sessionStatus ? `The candidate's interview session is ${sessionStatus.toLowerCase()}, not active` : 'The candidate has no interview session',
    );
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor(readonly idempotencyKey: string) {
    super('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with another operation or payload; use a new key for a new request');
  }
}

export class IdempotencyInProgressError extends DomainError {
  constructor(readonly idempotencyKey: string) {
    super('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still running; retry shortly to get its response');
  }
}
