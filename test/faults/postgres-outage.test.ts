import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { SCOPES } from '../../src/auth/scopes.js';
import { loadConfig } from '../../src/config.js';
import { createApiKey } from '../../src/domain/api-keys.js';
import { createOrganization } from '../../src/domain/organizations.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { send } from './http-raw.js';
import { ownPostgres } from './services.js';

type Pg = Awaited<ReturnType<typeof ownPostgres>>;

// Reads rows: `viewer { scopes }` alone may be answered from the API-key cache without the database.
const NEEDS_DATABASE = encodeURIComponent('{ candidates(first: 1) { totalCount } }');

describe('a PostgreSQL outage (own cluster, stopped and restarted under load)', () => {
  let pgServer: Pg;
  let app: App;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    pgServer = await ownPostgres();
    const url = await pgServer.createDatabase('outage');
    const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATABASE_URL: url, RATE_LIMIT_WRITES: '100000', RATE_LIMIT_READS: '100000' });
    app = await createApp(config, { worker: false });
    const organization = await createOrganization(app.services.db.prisma, { slug: 'outage' });
    key = (await createApiKey(app.services.db.prisma, { organizationId: organization.id, scopes: [...SCOPES] })).key;
    server = await startServer(app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
    await pgServer?.destroy();
  });

  const createPosition = (title: string) =>
    send(server.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: 'mutation($t: String!) { createJobPosition(input: { title: $t }) { ... on JobPositionPayload { jobPosition { id } } } }', variables: { t: title } }),
    });

  it('answers 503 UNAVAILABLE with Retry-After while down, recovers within 10 s without a restart, and loses no acknowledged write', async () => {
    let acknowledged = 0;
    let stopLoad = false;
    let writes = 0;
    let recoveredMs = -1;
    const load = (async () => {
      while (!stopLoad) {
        const res = await createPosition(`load ${writes++}`);
        if (res.status === 200 && JSON.parse(res.body).data?.createJobPosition?.jobPosition?.id) acknowledged += 1;
      }
    })();
    try {
      while (acknowledged < 20) await new Promise((r) => setTimeout(r, 20));
      await pgServer.stop();

      const during = await createPosition('during outage');
      expect(during.status).toBe(503);
      expect(during.headers['retry-after']).toMatch(/^\d+$/);
      expect(JSON.parse(during.body).errors[0].extensions.code).toBe('UNAVAILABLE');
      const read = await send(server.url, { path: `/graphql?query=${NEEDS_DATABASE}`, headers: { 'x-api-key': key } });
      expect(read.status).toBe(503);
      const celper = await send(server.url, { path: '/compat/celper/v1/candidates/cand_00000000-0000-4000-8000-000000000000?jobPositionId=x', headers: { 'x-api-key': key } });
      expect(celper.status).toBe(503);
      expect(JSON.parse(celper.body)).toMatchObject({ success: false, error: { code: 'UNAVAILABLE' } });
      const round0 = await send(server.url, { path: '/compat/round0/api/v1/candidates', headers: { authorization: `Bearer ${key}` } });
      expect(round0.status).toBe(503);
      const ready = await send(server.url, { path: '/readyz' });
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.body)).toEqual({ status: 'not ready', database: 'unavailable', redis: 'not configured' });
      expect(ready.body).not.toMatch(/127\.0\.0\.1|ECONN|postgres/i);

      await pgServer.start();
      const restarted = Date.now();
      while (Date.now() - restarted < 10_000) {
        const res = await send(server.url, { path: `/graphql?query=${NEEDS_DATABASE}`, headers: { 'x-api-key': key } });
        if (res.status === 200) {
          recoveredMs = Date.now() - restarted;
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      // A failed expectation must not leave the load running into a closed server.
      stopLoad = true;
      await load;
    }
    console.info(`postgres outage: ${writes} writes sent, ${acknowledged} acknowledged, queries back ${recoveredMs} ms after restart`);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect((await send(server.url, { path: '/readyz' })).status).toBe(200);
    const rows = await app.services.db.prisma.jobPosition.count({ where: { title: { startsWith: 'load ' } } });
    expect(rows).toBe(acknowledged);
  }, 180_000);
});
