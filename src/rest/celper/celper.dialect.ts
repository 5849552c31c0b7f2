import type { CompatFailure } from '../compat-failure.js';
import type { Dialect } from '../dialect.js';
import { FAILURE_STATUS } from '../failure-status.js';
import { deleteCandidate } from './deleteCandidate.route.js';
import { getCandidate } from './getCandidate.route.js';
import { getCandidateStatus } from './getCandidateStatus.route.js';
import { inviteCandidate } from './inviteCandidate.route.js';
import { rejectCandidate } from './rejectCandidate.route.js';
import { selectCandidate } from './selectCandidate.route.js';
import { updateCandidate } from './updateCandidate.route.js';

function details({ code, details: d }: CompatFailure): Record<string, unknown> | undefined {
  switch (code) {
    case 'VALIDATION':
      return { issues: (d.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
    case 'INVALID_STATUS':
      return { currentStatus: d.currentStatus?.toLowerCase(), allowedStatuses: d.allowedStatuses?.map((s) => s.toLowerCase()) };
    case 'ACTIVE_SESSION':
      return { sessionId: d.sessionId };
    case 'DUPLICATE_EMAIL':
      return { email: d.email };
    case 'METHOD_NOT_ALLOWED':
      return { allowed: d.allowed };
    default:
      return undefined;
  }
}

export const celper: Dialect = {
  vendor: 'celper',
  title: 'Celper-compatible candidate API',
  description: 'Celper candidate details and actions over the Candidate Gateway.',
  security: { type: 'apiKey', header: 'X-API-Key' },
  routes: [getCandidate, updateCandidate, deleteCandidate, getCandidateStatus, inviteCandidate, selectCandidate, rejectCandidate],
  failure(failure, { requestId }) {
    const code = failure.code === 'ROUTE_NOT_FOUND' ? 'NOT_FOUND' : failure.code;
    const extra = details(failure);
    return {
      status: FAILURE_STATUS[failure.code],
      body: { success: false, requestId, error: { code, message: failure.code === 'INTERNAL' ? 'Unexpected error.' : failure.message, ...(extra ? { details: extra } : {}) } },
    };
  },
};
