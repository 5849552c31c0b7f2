import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.url().optional())
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Where embedded PGlite keeps its data and where mail files land without SMTP. */
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().min(3).default('Candidate Gateway <no-reply@candidate-gateway.local>'),
  /** Base of the candidate-facing interview link put in invitation emails. */
  INTERVIEW_BASE_URL: z.url().default('http://localhost:4000/interview'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** GraphiQL and introspection; on by default outside production. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** How long a background job stays claimed without a heartbeat: the wait before another instance retries a crashed one. */
  JOB_LEASE_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** Operations per API key per RATE_LIMIT_WINDOW_S, by bucket (see src/policy/operation-buckets.ts). */
  RATE_LIMIT_READS: z.coerce.number().int().positive().default(40),
  RATE_LIMIT_WRITES: z.coerce.number().int().positive().default(20),
  RATE_LIMIT_ACTIONS: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_UPLOADS: z.coerce.number().int().positive().default(10),
  RATE_LIMIT_WINDOW_S: z.coerce.number().int().positive().default(60),
  /** Namespace of the counters in Redis, so gateways of different deployments never share them. */
  RATE_LIMIT_PREFIX: z.string().min(1).default('cgw:rl'),
  /** Longest time one GraphQL operation may run before the caller gets TIMEOUT. */
  EXECUTION_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** How often open WebSocket connections are checked for revoked API keys. */
  KEY_REVOCATION_SWEEP_MS: z.coerce.number().int().positive().default(3_000),
  /** First webhook retry delay; each later one is three times longer (5 s, 15 s, 45 s, …), with jitter. */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().positive().default(5_000),
  /** How long a webhook delivery is retried before it is marked failed. */
  WEBHOOK_RETRY_HORIZON_MS: z.coerce.number().int().positive().default(24 * 60 * 60 * 1000),
  /** Longest wait for a receiver's answer, connection included. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** An endpoint whose deliveries have failed for this long is disabled and its admins notified. */
  WEBHOOK_DISABLE_AFTER_MS: z.coerce.number().int().positive().default(5 * 24 * 60 * 60 * 1000),
  /** How often the retention sweep erases candidates older than their organization's retention period. */
  RETENTION_SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(60 * 60 * 1000),
});

export type Config = z.infer<typeof envSchema> & { introspection: boolean };

export class ConfigError extends Error {}

/** Parses the environment once; every setting of the gateway is read here and nowhere else. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const introspection =
    parsed.data.GRAPHQL_INTROSPECTION === undefined
      ? parsed.data.NODE_ENV !== 'production'
      : parsed.data.GRAPHQL_INTROSPECTION === 'true';
  return { ...parsed.data, introspection };
}
