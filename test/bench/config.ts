/** Everything the benchmark varies, in one place. Environment variables shorten a run while developing. */
export const BENCH = {
  /** The benchmark's own database on the shared server: created, seeded and dropped by each run. */
  adminUrl: process.env.BENCH_ADMIN_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test',
  database: process.env.BENCH_DATABASE ?? 'cgw_bench',
  candidates: Number(process.env.BENCH_CANDIDATES ?? 5_000),
  positions: 5,
  skillsPerCandidate: 8,
  workExperiencesPerCandidate: 3,
  educationPerCandidate: 2,
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  /** Seconds of load per workload, server and round. */
  duration: Number(process.env.BENCH_DURATION ?? 5),
  connections: 10,
  fanOutClients: (process.env.BENCH_FANOUT ?? '200,1000').split(',').map(Number).filter((n) => n > 0),
  fanOutEvents: Number(process.env.BENCH_FANOUT_EVENTS ?? 5),
  basePort: Number(process.env.BENCH_PORT ?? 47_100),
} as const;

export function databaseUrl(name: string = BENCH.database): string {
  const url = new URL(BENCH.adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The bench measures speed, not the traffic policy's refusals: limits far above what it sends (10 HTTP connections,
 * up to BENCH_FANOUT graphql-ws clients on one key).
 */
export const gatewayEnv = {
  NODE_ENV: 'production',
  RATE_LIMIT_READS: '1000000000',
  RATE_LIMIT_WRITES: '1000000000',
  RATE_LIMIT_ACTIONS: '1000000000',
  RATE_LIMIT_PREFIX: `cgw:bench:${process.pid}`,
  WS_MAX_CONNECTIONS_PER_KEY: '1000000',
  MAX_SUBSCRIPTIONS_PER_KEY: '1000000',
};
