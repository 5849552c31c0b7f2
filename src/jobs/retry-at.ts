/**
 * Thrown by a job handler that keeps its own retry schedule (webhook delivery): the worker sets
 * the job's next run to `at` instead of its default backoff, and never dead-letters it for it.
 */
export class RetryAt extends Error {
  constructor(
    readonly at: Date,
    message: string,
  ) {
    super(message);
    this.name = 'RetryAt';
  }
}
