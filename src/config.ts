import { availableParallelism } from 'node:os';
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
  DATABASE_URL: optionalUrl.refine((url) => url === undefined || /^postgres(ql)?:$/.test(new URL(url).protocol), {
    message: 'must be a PostgreSQL URL (postgres:// or postgresql://); leave it empty for the embedded database',
  }),
  REDIS_URL: optionalUrl,
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().min(3).default('Candidate Gateway <no-reply@candidate-gateway.local>'),
  /** Base of the candidate-facing interview link put in invitation emails. */
  INTERVIEW_BASE_URL: z.url().default('http://localhost:4000/interview'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` (one object per line, for collectors) or `pretty` (pino-pretty, for people in development). */
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`; open otherwise. */
  METRICS_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
  /** GraphiQL and introspection; on by default outside production. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Longest run of one background job: a run still active after this is presumed lost (its process died) and retried. */
  JOB_LEASE_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** `off`: this process serves requests only and leaves the jobs to `candidate-gateway worker` processes (PostgreSQL). */
  WORKERS: z.enum(['on', 'off']).default('on'),
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
  /** `off`: every query runs through the executor, none as a compiled read plan (src/read-plan): a switch to compare the two, or to rule the plans out. */
  READ_PLANS: z.enum(['on', 'off']).default('on'),
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
  /** node:http timeouts: a client must send its headers, then its whole request, within these; idle keep-alive sockets close after the last. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** PostgreSQL `statement_timeout`: no single statement outlives the operation that sent it. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Events a subscriber may fall behind by before it is disconnected (SUBSCRIBER_TOO_SLOW). */
  SUBSCRIBER_QUEUE_LIMIT: z.coerce.number().int().positive().default(256),
  /** Per API key: open graphql-ws connections, and active subscriptions over every transport. */
  WS_MAX_CONNECTIONS_PER_KEY: z.coerce.number().int().positive().default(20),
  MAX_SUBSCRIPTIONS_PER_KEY: z.coerce.number().int().positive().default(100),
  /** Longest String any argument or variable may carry (base64 file content excepted); longer is VALIDATION before any resolver runs. */
  MAX_STRING_LENGTH: z.coerce.number().int().positive().default(16_384),
  /** Seconds a client is told to wait (Retry-After) when a dependency is down. */
  UNAVAILABLE_RETRY_AFTER_S: z.coerce.number().int().positive().default(5),
  /**
   * Résumés one process works on at once; parsing itself runs on one thread per core. Four per
   * core keeps the parse threads fed while other résumés wait on the database.
   */
  RESUME_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(Math.min(64, 4 * availableParallelism())),
  /** Who reads the fields out of a résumé's text: the built-in rules, or a model behind LLM_BASE_URL. */
  RESUME_EXTRACTOR: z.enum(['heuristic', 'llm']).default('heuristic'),
  /** An OpenAI-compatible API (OpenAI, vLLM, Ollama, llama.cpp server), e.g. http://localhost:11434/v1. */
  LLM_BASE_URL: optionalUrl,
  LLM_MODEL: z.string().trim().min(1).optional(),
  LLM_API_KEY: z.string().optional(),
  /** After this long without an answer the built-in extractor reads the résumé instead. */
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  API_KEY_CACHE_TTL_MS: z.coerce.number().int().min(0).default(2_000),
});

export type Config = z.infer<typeof envSchema> & { introspection: boolean };

export class ConfigError extends Error {}

/** Parses the environment once; every setting of the gateway is read here and nowhere else. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema
    .refine((c) => c.RESUME_EXTRACTOR !== 'llm' || (c.LLM_BASE_URL && c.LLM_MODEL), {
      message: 'RESUME_EXTRACTOR=llm needs LLM_BASE_URL and LLM_MODEL',
      path: ['RESUME_EXTRACTOR'],
    })
    .safeParse(env);
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
