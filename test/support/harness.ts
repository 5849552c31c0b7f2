import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppOptions } from '../../src/app.js';
import { SCOPES, type Scope } from '../../src/auth/scopes.js';
import { loadConfig } from '../../src/config.js';
import { createApiKey } from '../../src/domain/api-keys.js';
import { createOrganization } from '../../src/domain/organizations.js';
import { isolatedTarget, type BackendName } from './backends.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface Tenant {
  organizationId: string;
  slug: string;
  key: (scopes?: Scope[]) => Promise<string>;
  /** A key with every scope, made once. */
  adminKey: string;
}

export interface TestGateway {
  app: App;
  backend: BackendName;
  /** This gateway's DATA_DIR (mail files land in DATA_DIR/mail). */
  dataDir: string;
  gql<T = Record<string, any>>(key: string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  tenant(slug?: string): Promise<Tenant>;
  close(): Promise<void>;
}

let tenantCounter = 0;

/** Suites about other behaviour must not trip the per-key buckets; rate-limit tests pass their own. */
const GENEROUS_RATE_LIMITS = { RATE_LIMIT_READS: '100000', RATE_LIMIT_WRITES: '100000', RATE_LIMIT_ACTIONS: '100000', RATE_LIMIT_UPLOADS: '100000' };

/** The real gateway on a fresh database, driven through `yoga.fetch` like any HTTP client. */
export async function startTestGateway(backend: BackendName, env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestGateway> {
  const isolated = await isolatedTarget(backend);
  const dataDir = await mkdtemp(join(tmpdir(), 'cg-test-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: dataDir, ...GENEROUS_RATE_LIMITS, ...env });
  const app = await createApp(config, { workerOptions: { pollIntervalMs: 100 }, ...options, target: isolated.target });
  const { prisma } = app.services.db;
  return {
    app,
    backend,
    dataDir,
    async gql(key, query, variables, headers = {}) {
      const response = await app.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any };
      return { status: response.status, headers: response.headers, data: body.data ?? undefined, errors: body.errors };
    },
    async tenant(slug) {
      tenantCounter += 1;
      const organization = await createOrganization(prisma, { slug: slug ?? `org-${process.pid}-${tenantCounter}` });
      const key = async (scopes: Scope[] = [...SCOPES]) =>
        (await createApiKey(prisma, { organizationId: organization.id, scopes })).key;
      return { organizationId: organization.id, slug: organization.slug, key, adminKey: await key() };
    },
    async close() {
      await app.close();
      await isolated.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
