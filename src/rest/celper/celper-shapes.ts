import type { CandidateStatus } from '../../graphql/generated/graphql.js';
import { CompatFailure } from '../compat-failure.js';

export const celperStatus = (status: CandidateStatus) => status.toLowerCase() as Lowercase<CandidateStatus>;

export function envelope(requestId: string, data: unknown) {
  return { status: 200, body: { success: true, requestId, data } };
}

/** GraphQL answers null for a candidate outside the named position or organization: Celper's 404. */
export function found<T>(candidate: T | null | undefined): T {
  if (!candidate) throw new CompatFailure('NOT_FOUND', 'Candidate not found', { entity: 'Candidate' });
  return candidate;
}
