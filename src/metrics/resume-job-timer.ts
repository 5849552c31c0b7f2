import type { Metrics } from './metrics.js';

type ResumeMetrics = Pick<Metrics, 'resumeJobs' | 'resumeJobDuration' | 'resumeStageDuration'>;

/** Times one run of a résumé job: each stage as it is left, and the job once it is finished. */
export function resumeJobTimer(metrics: ResumeMetrics) {
  let stage = 'RECEIVED';
  let stageStarted = performance.now();
  // RECEIVED is the wait in the queue, measured by the job duration, not as a stage of this run.
  const leave = () => {
    if (stage !== 'RECEIVED') metrics.resumeStageDuration.observe({ stage }, (performance.now() - stageStarted) / 1000);
  };
  return {
    enter(next: string) {
      leave();
      stage = next;
      stageStarted = performance.now();
    },
    /** `uploadedAt` makes the duration include the wait in the queue, which is what a user feels. */
    finished(outcome: string, uploadedAt: Date) {
      leave();
      metrics.resumeJobs.inc({ stage, outcome });
      metrics.resumeJobDuration.observe({ outcome }, Math.max(0, (Date.now() - uploadedAt.getTime()) / 1000));
    },
  };
}
