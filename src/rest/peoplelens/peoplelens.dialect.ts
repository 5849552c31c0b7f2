import type { Dialect } from '../dialect.js';
import { FAILURE_STATUS } from '../failure-status.js';
import { deleteCandidate } from './deleteCandidate.route.js';
import { getCandidate } from './getCandidate.route.js';
import { getCandidateStatus } from './getCandidateStatus.route.js';
import { updateCandidate } from './updateCandidate.route.js';

const FIELD_NAMES: Record<string, string> = { firstName: 'first_name', lastName: 'last_name', externalId: 'external_id' };
const CODES: Partial<Record<string, string>> = { VALIDATION: 'validation_error', ROUTE_NOT_FOUND: 'not_found' };

export const peoplelens: Dialect = {
  vendor: 'peoplelens',
  title: 'PeopleLens-compatible candidate API',
  description: 'PeopleLens candidates and interview status over the Candidate Gateway.',
  security: { type: 'bearer' },
  routes: [getCandidate, updateCandidate, deleteCandidate, getCandidateStatus],
  failure(failure) {
    const code = CODES[failure.code] ?? failure.code.toLowerCase();
    const details = failure.details.issues?.map((issue) => ({ field: issue.path.map((p) => FIELD_NAMES[p] ?? p).join('.'), message: issue.message }));
    const message = failure.code === 'INTERNAL' ? 'Unexpected error.' : failure.message;
    return { status: FAILURE_STATUS[failure.code], body: { error: { code, message, ...(details ? { details } : {}) } } };
  },
};
