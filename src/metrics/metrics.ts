import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/client.js';
import { queueBacklog } from './queue-backlog.js';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const RESUME_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/** Every Prometheus metric of one gateway process, in its own registry (tests run several apps in one process). */
export function createMetrics(db: Pick<Database, 'prisma' | 'pool'>) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const httpRequests = new Counter({ name: 'http_requests_total', help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'] as const, registers });
  const httpDuration = new Histogram({ name: 'http_request_duration_seconds', help: 'Time to answer an HTTP request (to the end of the response body)', labelNames: ['method', 'route', 'status'] as const, buckets: SECONDS, registers });
  const rateLimitRefusals = new Counter({ name: 'rate_limit_refusals_total', help: 'Operations refused by the rate limiter, by bucket', labelNames: ['bucket'] as const, registers });
  const resumeJobs = new Counter({ name: 'resume_jobs_total', help: 'Finished résumé jobs by the last stage reached and their outcome', labelNames: ['stage', 'outcome'] as const, registers });
  const resumeJobDuration = new Histogram({ name: 'resume_job_duration_seconds', help: 'Upload to finished résumé job, queue wait included, by outcome', labelNames: ['outcome'] as const, buckets: RESUME_SECONDS, registers });
  const resumeStageDuration = new Histogram({ name: 'resume_stage_duration_seconds', help: 'Time spent in each résumé pipeline stage', labelNames: ['stage'] as const, buckets: RESUME_SECONDS, registers });
  const websocketConnections = new Gauge({ name: 'websocket_connections', help: 'Open graphql-ws connections that passed authentication', registers });
  const activeSubscriptions = new Gauge({ name: 'graphql_active_subscriptions', help: 'Subscriptions streaming now, over graphql-ws and SSE', registers });
  const slowSubscriberDisconnects = new Counter({ name: 'graphql_slow_subscriber_disconnects_total', help: 'Subscribers disconnected for falling more than SUBSCRIBER_QUEUE_LIMIT events behind', registers });

  new Gauge({
    name: 'job_queue_depth',
    help: 'Jobs waiting or running, by kind and state',
    labelNames: ['kind', 'state'] as const,
    registers,
    async collect() {
      this.reset();
      for (const row of await queueBacklog(db.prisma)) this.set({ kind: row.kind, state: row.state }, row.count);
    },
  });
  new Gauge({
    name: 'job_queue_oldest_age_seconds',
    help: 'Age of the oldest job due and waiting, by kind (0 when none)',
    labelNames: ['kind'] as const,
    registers,
    async collect() {
      this.reset();
      for (const row of await queueBacklog(db.prisma)) if (row.state === 'waiting') this.set({ kind: row.kind }, row.oldestAgeSeconds);
    },
  });
  const { pool } = db;
  if (pool) {
    new Gauge({
      name: 'db_pool_connections',
      help: 'PostgreSQL pool connections by state (in use, idle) and callers waiting for one',
      labelNames: ['state'] as const,
      registers,
      collect() {
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({ name: 'db_pool_max_connections', help: 'Largest size the PostgreSQL pool may grow to', registers, collect() { this.set(pool.options.max ?? 10); } });
  }

  return { registry, httpRequests, httpDuration, rateLimitRefusals, resumeJobs, resumeJobDuration, resumeStageDuration, websocketConnections, activeSubscriptions, slowSubscriberDisconnects };
}

export type Metrics = ReturnType<typeof createMetrics>;
