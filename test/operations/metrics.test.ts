import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/metrics/metrics.js';
import { metricsRoute } from '../../src/metrics/metrics-route.js';
import { decodeGlobalId } from '../../src/schema/global-id.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { MIME, simplePdf } from '../support/resumes.js';
import { connectWs } from '../policy/ws-client.js';

const backends = await availableBackends();

/** `name{labels} value` lines of the Prometheus text format, as a map from series to value. */
function parse(text: string): Map<string, number> {
  const series = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    series.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return series;
}

const find = (series: Map<string, number>, name: string, ...labels: string[]) =>
  [...series].filter(([key]) => (key === name || key.startsWith(`${name}{`)) && labels.every((l) => key.includes(l)));

const sum = (rows: [string, number][]) => rows.reduce((total, [, value]) => total + value, 0);

describe.each(backends)('Prometheus /metrics after real traffic on %s', (backend) => {
  let gw: TestGateway;
  let server: RunningServer;
  let tenant: Tenant;

  beforeAll(async () => {
    // A small read budget, so one key can be refused while the others work.
    gw = await startTestGateway(backend, { RATE_LIMIT_READS: '3' }, { workerOptions: { pollIntervalMs: 100 } });
    tenant = await gw.tenant();
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await gw?.close();
  });

  const scrape = async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return parse(await res.text());
  };

  it('counts HTTP, GraphQL operations and errors, rate-limit refusals, résumé jobs, the queue and WebSocket use', async () => {
    const graphql = (key: string | null, query: string, variables?: unknown) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) }, body: JSON.stringify({ query, variables }) });

    const ok = await graphql(tenant.adminKey, 'query Viewer { viewer { scopes } }');
    expect(ok.status).toBe(200);
    expect((await graphql(null, '{ viewer { scopes } }')).status).toBe(401);
    // Refused before execution, so they spend none of the key's read budget.
    for (const query of ['{ viewer { scopes }', 'query Typo { viewr { scopes } nope }']) {
      expect(((await (await graphql(tenant.adminKey, query)).json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    }
    const reader = await tenant.key(['read:candidates']);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await graphql(reader, 'query Few { candidates(first: 1) { totalCount } }')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await fetch(`${server.url}/compat/celper/openapi.json`)).status).toBe(200);

    const user = await gw.gql(tenant.adminKey, `mutation { createUser(input: { email: "metrics-owner@acme.io", name: "Mia Metrics" }) { ... on UserPayload { user { id } } } }`);
    const ownerId = user.data!.createUser.user.id as string;
    const pdf = await simplePdf(['Mira Measured', 'mira.measured@example.com', 'Site Reliability Engineer', 'Skills: Prometheus, TypeScript']);
    const upload = await graphql(tenant.adminKey, `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } } }`, {
      input: { ownerId, fileName: 'mira.pdf', mimeType: MIME.pdf, contentBase64: pdf.toString('base64') },
    });
    const uploadId = ((await upload.json()) as any).data.uploadResume.upload.id as string;
    // Polled in the database: the admin key's read budget is kept for the subscription below.
    const { prisma } = gw.app.services.db;
    const rowId = decodeGlobalId(uploadId).id;
    await eventually(async () => ((await prisma.resumeUpload.findUnique({ where: { id: rowId } }))?.status === 'COMPLETED' ? true : undefined), 30_000);

    // A WebSocket client authenticated the way many clients send headers, holding one subscription open.
    const ws = connectWs(server.port, tenant.adminKey, { headers: { 'X-API-Key': tenant.adminKey } });
    await ws.connected;
    const stop = ws.client.subscribe({ query: 'subscription { candidateEvents { id } }' }, { next: () => {}, error: () => {}, complete: () => {} });
    const open = await eventually(async () => {
      const series = await scrape();
      return sum(find(series, 'graphql_active_subscriptions')) === 1 ? series : undefined;
    });
    expect(find(open, 'websocket_connections')).toEqual([['websocket_connections', 1]]);

    expect(sum(find(open, 'http_requests_total', 'route="/graphql"', 'status="200"'))).toBeGreaterThanOrEqual(5);
    expect(sum(find(open, 'http_requests_total', 'route="/graphql"', 'status="401"'))).toBe(1);
    expect(sum(find(open, 'http_requests_total', 'route="/graphql"', 'status="429"'))).toBe(1);
    expect(sum(find(open, 'http_requests_total', 'route="/compat/celper/openapi.json"'))).toBe(1);
    expect(sum(find(open, 'http_request_duration_seconds_count', 'route="/graphql"'))).toBeGreaterThanOrEqual(7);
    expect(find(open, 'http_request_duration_seconds_bucket', 'le="+Inf"').length).toBeGreaterThan(0);

    expect(sum(find(open, 'graphql_operations_total', 'operation_type="query"', 'operation_name="Viewer"'))).toBe(1);
    expect(sum(find(open, 'graphql_operations_total', 'operation_type="mutation"'))).toBeGreaterThanOrEqual(2);
    expect(sum(find(open, 'graphql_operation_duration_seconds_count', 'operation_name="Few"'))).toBeGreaterThanOrEqual(3);
    expect(find(open, 'graphql_operations_total', 'operation_name="Typo"')).toEqual([]);
    // One count per error, under the phase it came from and its code.
    expect(sum(find(open, 'graphql_errors_total', 'phase="context"', 'code="UNAUTHENTICATED"', 'operation_type="query"'))).toBe(1);
    expect(sum(find(open, 'graphql_errors_total', 'phase="parse"', 'code="GRAPHQL_PARSE_FAILED"'))).toBe(1);
    expect(sum(find(open, 'graphql_errors_total', 'phase="validate"', 'code="GRAPHQL_VALIDATION_FAILED"', 'operation_type="query"'))).toBe(2);
    expect(sum(find(open, 'rate_limit_refusals_total', 'bucket="reads"'))).toBe(1);

    expect(find(open, 'resume_jobs_total', 'stage="SAVING"', 'outcome="CANDIDATE_CREATED"')).toEqual([[expect.any(String), 1]]);
    expect(sum(find(open, 'resume_job_duration_seconds_count', 'outcome="CANDIDATE_CREATED"'))).toBe(1);
    for (const stage of ['EXTRACTING_TEXT', 'EXTRACTING_FIELDS', 'CHECKING_DUPLICATES', 'SAVING']) {
      expect(sum(find(open, 'resume_stage_duration_seconds_count', `stage="${stage}"`)), stage).toBe(1);
    }
    if (backend === 'postgres') {
      expect(find(open, 'db_pool_connections', 'state="idle"').length).toBe(1);
      expect(find(open, 'db_pool_max_connections')).toEqual([['db_pool_max_connections', gw.app.services.db.pool!.options.max]]);
    }

    stop();
    await ws.client.dispose();
    const closed = await eventually(async () => {
      const after = await scrape();
      return find(after, 'websocket_connections')[0]?.[1] === 0 ? after : undefined;
    });
    expect(sum(find(closed, 'graphql_active_subscriptions'))).toBe(0);
    // The plugin counts a subscription once it has ended.
    expect(sum(find(closed, 'graphql_operations_total', 'operation_type="subscription"'))).toBe(1);
  });

  it('reports the durable queue: depth by kind and state, and the age of the oldest job due', async () => {
    const { prisma } = gw.app.services.db;
    await gw.app.worker.stop();
    const id = await gw.app.services.jobs.boss.send('SEND_EMAIL', { subjectId: '00000000-0000-4000-8000-00000000cafe', maxAttempts: 1 });
    await prisma.$executeRawUnsafe(`UPDATE pgboss.job SET start_after = now() - interval '90 seconds' WHERE id = $1::uuid`, id);
    const series = await scrape();
    expect(find(series, 'job_queue_depth', 'kind="SEND_EMAIL"', 'state="waiting"')).toEqual([[expect.any(String), 1]]);
    expect(find(series, 'job_queue_oldest_age_seconds', 'kind="SEND_EMAIL"')[0]![1]).toBeGreaterThanOrEqual(89);
    await prisma.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE id = $1::uuid`, id);
  });
});

describe('METRICS_TOKEN', () => {
  it('keeps /metrics open without a token and requires the Bearer token when one is set', async () => {
    const metrics = createMetrics({ prisma: { $queryRaw: async () => [] } as never });
    const open = await metricsRoute(metrics, undefined)(new Request('http://gw/metrics'));
    expect(open.status).toBe(200);
    expect(await open.text()).toContain('# TYPE http_requests_total counter');
    const guarded = metricsRoute(metrics, 'a-very-long-metrics-token');
    expect((await guarded(new Request('http://gw/metrics'))).status).toBe(401);
    expect((await guarded(new Request('http://gw/metrics', { headers: { authorization: 'Bearer wrong-token' } }))).status).toBe(401);
    const allowed = await guarded(new Request('http://gw/metrics', { headers: { authorization: 'Bearer a-very-long-metrics-token' } }));
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('process_cpu_seconds_total');
  });
});
