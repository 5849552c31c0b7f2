/** Every kind of durable job; each is one pg-boss queue (plus `<kind>__dead` for its dead letters). */
export const JOB_KINDS = ['PROCESS_RESUME', 'SEND_EMAIL', 'DELIVER_WEBHOOK'] as const;

export type JobKind = (typeof JOB_KINDS)[number];

export interface JobKindPolicy {
  /** Runs before the job is dead-lettered (first run included). */
  maxAttempts: number;
  /** Delay before the first retry; doubled (with jitter) for each later one when `retryBackoff`. */
  retryDelaySeconds: number;
  retryBackoff: boolean;
}

export const DEFAULT_JOB_POLICIES: Record<JobKind, JobKindPolicy> = {
  PROCESS_RESUME: { maxAttempts: 4, retryDelaySeconds: 1, retryBackoff: true },
  SEND_EMAIL: { maxAttempts: 5, retryDelaySeconds: 1, retryBackoff: true },
  // One job is one attempt: a receiver's failure schedules the next attempt as a new job on the
  // delivery's own schedule; the queue's retries only cover a run lost to a crash or a database error.
  DELIVER_WEBHOOK: { maxAttempts: 5, retryDelaySeconds: 1, retryBackoff: true },
};

export const deadLetterQueue = (kind: JobKind) => `${kind}__dead`;
