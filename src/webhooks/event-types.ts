import type { WebhookEventType } from '../generated/prisma/enums.js';

/** The `type` a receiver sees in the body, Standard Webhooks style (`candidate.status_changed`). */
export const WEBHOOK_TYPE_NAME: Record<WebhookEventType, string> = {
  CANDIDATE_CREATED: 'candidate.created',
  CANDIDATE_UPDATED: 'candidate.updated',
  CANDIDATE_STATUS_CHANGED: 'candidate.status_changed',
  CANDIDATE_DELETED: 'candidate.deleted',
  CANDIDATE_ERASED: 'candidate.erased',
  RESUME_PROCESSED: 'resume.processed',
  INTERVIEW_COMPLETED: 'interview.completed',
};
