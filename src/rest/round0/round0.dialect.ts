import type { Dialect } from '../dialect.js';
import { FAILURE_STATUS } from '../failure-status.js';
import { createCandidate } from './createCandidate.route.js';
import { deleteCandidate } from './deleteCandidate.route.js';
import { getCandidate } from './getCandidate.route.js';
import { listCandidates } from './listCandidates.route.js';
import { updateCandidate } from './updateCandidate.route.js';

// Our field names inside the GraphQL input, as Round0 callers know them.
const FIELD_NAMES: Record<string, string> = { fullName: 'name' };
const ERROR_TYPES: Partial<Record<string, string>> = { UNAUTHENTICATED: 'authentication_error', FORBIDDEN: 'permission_error', RATE_LIMITED: 'rate_limit_error', UNAVAILABLE: 'api_error', TIMEOUT: 'api_error' };
const FAILED_TO: Record<string, string> = { GET: 'fetch', POST: 'create', PATCH: 'update', DELETE: 'delete' };

export const round0: Dialect = {
  vendor: 'round0',
  title: 'Round0-compatible Candidates API',
  description: 'Round0 candidates with structured CV data over the Candidate Gateway.',
  security: { type: 'bearer' },
  routes: [listCandidates, createCandidate, getCandidate, updateCandidate, deleteCandidate],
  failure(failure, { method }) {
    const status = FAILURE_STATUS[failure.code];
    const type = ERROR_TYPES[failure.code];
    switch (true) {
      case failure.code === 'VALIDATION':
        return {
          status,
          body: { error: 'Validation error', details: (failure.details.issues ?? []).map((i) => ({ path: i.path.map((p) => FIELD_NAMES[p] ?? p), message: i.message })) },
        };
      case type !== undefined:
        return { status, body: { error: { type, message: failure.message } } };
      case failure.code === 'NOT_FOUND':
        return { status, body: { error: 'Candidate not found' } };
      case failure.code === 'ROUTE_NOT_FOUND':
        return { status, body: { error: 'Not found' } };
      case failure.code === 'INTERNAL':
        return { status, body: { error: `Failed to ${FAILED_TO[method] ?? 'process'} candidate` } };
      default:
        return { status, body: { error: failure.message } };
    }
  },
};
