import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** Seconds of unmeasured load per workload and server before the rounds, so the first server timed does not pay the cold start. */
  warmUp: Number(process.env.BENCH_WARMUP ?? 2),
  connections: 10,
  fanOutClients: (process.env.BENCH_FANOUT ?? '200,1000').split(',').map(Number).filter((n) => n > 0),
  fanOutEvents: Number(process.env.BENCH_FANOUT_EVENTS ?? 5),
  // Below Linux's ephemeral range (32768–60999), where the load's own outgoing connections could already hold the port.
  basePort: Number(process.env.BENCH_PORT ?? 24_100),
  /** Only the throughput rounds (no fan-out, memory or résumé parts, RESULTS.md untouched): for iterating. */
  throughputOnly: process.env.BENCH_THROUGHPUT_ONLY === '1',
  /** Workloads whose name contains this text; all when unset. */
  workloadFilter: process.env.BENCH_WORKLOADS ?? '',
  /** A directory for one CPU profile of the gateway per workload (the first round's load). */
  profileDir: process.env.BENCH_PROFILE_DIR ?? '',
  /** Another checkout of this repository (dependencies installed), or a server script, to run beside the gateway on its requests: before/after in one run. */
  baselineDir: process.env.BENCH_BASELINE_DIR ?? '',
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
  // Node flags to try on the gateway alone (e.g. GC sizing) before making them the default.
  ...(process.env.BENCH_GATEWAY_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_GATEWAY_NODE_OPTIONS } : {}),
};

/**
 * The Node flags the `candidate-gateway` command runs with — those on the first line of a checkout's src/cli.js — so the
 * bench runs each gateway as its users do.
 */
export function commandNodeFlags(checkout: string = fileURLToPath(new URL('../..', import.meta.url))): string[] {
  const firstLine = readFileSync(join(checkout, 'src', 'cli.js'), 'utf8').split('\n', 1)[0]!;
  return firstLine.replace(/^#!.*?\bnode\b/, '').trim().split(/\s+/).filter(Boolean);
}
