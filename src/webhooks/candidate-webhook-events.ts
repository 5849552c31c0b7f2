import type { CandidateStatus, ProcessingOutcome, ProcessingStatus } from '../generated/prisma/enums.js';
import { encodeGlobalId } from '../schema/global-id.js';
import type { WebhookEventInput } from './emit-webhook-event.js';

// The bodies of each event: global ids (as the GraphQL API returns them) and what changed, so a
// receiver can fetch the rest with its own key; no names, emails or texts travel in webhooks.

const ref = (typename: string, id: string | null) => (id ? encodeGlobalId(typename, id) : null);

/** A history entry as a webhook: creations and status changes; résumé attachments travel as resume.processed. */
export function historyWebhookEvent(record: {
  organizationId: string;
  candidateId: string;
  jobPositionId: string | null;
  type: string;
  fromStatus: CandidateStatus | null;
  toStatus: CandidateStatus | null;
}): WebhookEventInput | null {
  const ids = { candidateId: ref('Candidate', record.candidateId), jobPositionId: ref('JobPosition', record.jobPositionId) };
  if (record.type === 'CREATED') return { organizationId: record.organizationId, type: 'CANDIDATE_CREATED', candidateId: record.candidateId, data: { ...ids, status: record.toStatus } };
  if (record.type === 'STATUS_CHANGED') {
    return { organizationId: record.organizationId, type: 'CANDIDATE_STATUS_CHANGED', candidateId: record.candidateId, data: { ...ids, fromStatus: record.fromStatus, toStatus: record.toStatus } };
  }
  return null;
}

export function candidateUpdatedEvent(candidate: { organizationId: string; id: string; jobPositionId: string | null }, changedFields: string[]): WebhookEventInput | null {
  if (changedFields.length === 0) return null;
  return {
    organizationId: candidate.organizationId,
    type: 'CANDIDATE_UPDATED',
    candidateId: candidate.id,
    data: { candidateId: ref('Candidate', candidate.id), jobPositionId: ref('JobPosition', candidate.jobPositionId), changedFields: [...changedFields].sort() },
  };
}

export function candidateDeletedEvent(candidate: { organizationId: string; id: string; jobPositionId: string | null }): WebhookEventInput {
  return { organizationId: candidate.organizationId, type: 'CANDIDATE_DELETED', candidateId: candidate.id, data: { candidateId: ref('Candidate', candidate.id), jobPositionId: ref('JobPosition', candidate.jobPositionId) } };
}

export function candidateErasedEvent(candidate: { organizationId: string; id: string }): WebhookEventInput {
  return { organizationId: candidate.organizationId, type: 'CANDIDATE_ERASED', candidateId: candidate.id, data: { candidateId: ref('Candidate', candidate.id) } };
}

export function resumeProcessedEvent(upload: { organizationId: string; id: string; candidateId: string | null; jobPositionId: string | null; status: ProcessingStatus; outcome: ProcessingOutcome | null }): WebhookEventInput {
  return {
    organizationId: upload.organizationId,
    type: 'RESUME_PROCESSED',
    candidateId: upload.candidateId,
    data: {
      processingId: ref('ResumeUpload', upload.id),
      candidateId: ref('Candidate', upload.candidateId),
      jobPositionId: ref('JobPosition', upload.jobPositionId),
      status: upload.status,
      outcome: upload.outcome,
    },
  };
}

export function interviewCompletedEvent(candidate: { organizationId: string; id: string; jobPositionId: string | null }, session: { id: string; score: number | null }): WebhookEventInput {
  return {
    organizationId: candidate.organizationId,
    type: 'INTERVIEW_COMPLETED',
    candidateId: candidate.id,
    data: { candidateId: ref('Candidate', candidate.id), jobPositionId: ref('JobPosition', candidate.jobPositionId), interviewId: ref('InterviewSession', session.id), interviewScore: session.score },
  };
}
