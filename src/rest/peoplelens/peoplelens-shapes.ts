import type { CandidateStatus, InterviewStatus, JobPositionStatus, PeopleLensCandidateSummaryFragment } from '../../graphql/generated/graphql.js';
import { encodeGlobalId, uuidOf } from '../../schema/global-id.js';
import { CompatFailure } from '../compat-failure.js';

// PeopleLens knows a candidate as in the pipeline, hired or rejected; everything before a decision is "active".
const CANDIDATE_STATUS: Record<CandidateStatus, 'active' | 'hired' | 'rejected'> = {
  PENDING: 'active',
  NEW: 'active',
  INVITED: 'active',
  INTERVIEWED: 'active',
  SELECTED: 'hired',
  REJECTED: 'rejected',
};
const JOB_STATUS: Record<JobPositionStatus, string> = { OPEN: 'active', PAUSED: 'paused', CLOSED: 'closed' };
const INTERVIEW_STATUS: Record<InterviewStatus, string> = { ACTIVE: 'pending', IN_PROGRESS: 'in_progress', COMPLETED: 'completed', EXPIRED: 'expired', CANCELLED: 'cancelled' };
const PLAN_STATUS: Record<InterviewStatus, string> = { ACTIVE: 'active', IN_PROGRESS: 'active', COMPLETED: 'completed', EXPIRED: 'expired', CANCELLED: 'cancelled' };

export const candidateStatus = (status: CandidateStatus) => CANDIDATE_STATUS[status];
export const jobStatus = (status: JobPositionStatus) => JOB_STATUS[status];
export const interviewStatus = (status: InterviewStatus | undefined) => (status ? INTERVIEW_STATUS[status] : 'not_started');
export const planStatus = (status: InterviewStatus) => PLAN_STATUS[status];

/** `can-<uuid>` is our `cand_<uuid>`; anything else cannot exist. */
export function candidateId(peopleLensId: string): string {
  const uuid = peopleLensId.startsWith('can-') ? uuidOf(`cand_${peopleLensId.slice(4)}`, 'Candidate') : null;
  if (!uuid) throw new CompatFailure('NOT_FOUND', 'Candidate not found', { entity: 'Candidate' });
  return encodeGlobalId('Candidate', uuid);
}
export const peopleLensCandidateId = (id: string) => `can-${uuidOf(id, 'Candidate')}`;
export const peopleLensJobId = (id: string) => `job-${uuidOf(id, 'JobPosition')}`;

export function summary(c: PeopleLensCandidateSummaryFragment) {
  return { id: peopleLensCandidateId(c.id), first_name: c.firstName, last_name: c.lastName, email: c.email, status: candidateStatus(c.status) };
}
