import {
  ActiveSessionError,
  AnalysisNotViewedError,
  DomainError,
  DuplicateEmailError,
  ENTITY_TYPES,
  ERROR_CODES,
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
  InvalidStatusError,
  NotFoundError,
  SessionNotActiveError,
  ValidationError,
  type FieldIssue,
} from '../../errors.js';
import { builder } from '../builder.js';
import { CandidateStatusEnum } from '../enums.js';
import { encodeGlobalId } from '../global-id.js';

export const ErrorCodeEnum = builder.enumType('ErrorCode', { values: ERROR_CODES });
const EntityTypeEnum = builder.enumType('EntityType', { values: ENTITY_TYPES, description: 'What was not found' });

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'Every expected failure: a stable machine-readable code and a message for people',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.field({ type: ErrorCodeEnum, resolve: (error) => error.code }),
  }),
});

const FieldIssueType = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'One invalid input field: its path inside the input and what is wrong with it',
  fields: (t) => ({
    path: t.stringList({ resolve: (issue) => issue.path.map(String) }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ issues: t.field({ type: [FieldIssueType], resolve: (error) => error.issues }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ entity: t.field({ type: EntityTypeEnum, resolve: (error) => error.entity }) }),
});

builder.objectType(DuplicateEmailError, {
  name: 'DuplicateEmailError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ email: t.exposeString('email') }),
});

builder.objectType(InvalidStatusError, {
  name: 'InvalidStatusError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentStatus: t.field({ type: CandidateStatusEnum, resolve: (error) => error.currentStatus }),
    allowedStatuses: t.field({ type: [CandidateStatusEnum], description: 'The statuses from which the refused action is allowed', resolve: (error) => error.allowedStatuses }),
  }),
});

builder.objectType(AnalysisNotViewedError, { name: 'AnalysisNotViewedError', interfaces: [ErrorInterface], fields: () => ({}) });

builder.objectType(ActiveSessionError, {
  name: 'ActiveSessionError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ sessionId: t.id({ resolve: (error) => encodeGlobalId('InterviewSession', error.sessionId) }) }),
});

builder.objectType(SessionNotActiveError, {
  name: 'SessionNotActiveError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ sessionStatus: t.exposeString('sessionStatus', { nullable: true }) }),
});

builder.objectType(IdempotencyKeyReusedError, {
  name: 'IdempotencyKeyReusedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ idempotencyKey: t.exposeString('idempotencyKey') }),
});

builder.objectType(IdempotencyInProgressError, {
  name: 'IdempotencyInProgressError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ idempotencyKey: t.exposeString('idempotencyKey') }),
});

/** What a mutation taking an Idempotency-Key can return besides its own failures. */
export const idempotencyErrors = [IdempotencyKeyReusedError, IdempotencyInProgressError];

