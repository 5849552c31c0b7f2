import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/harness.js';
import * as recruitsomeExample from './recruitsome.examples.js';
import { restClient } from './rest-support.js';

// The limits are the GraphQL pipeline's own: the dialects only reshape its 429.
describe('rate limits through the REST dialects (pglite)', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    // Uploads at the production default (Recruitsome's documented 10 per minute), reads tiny.
    gw = await startTestGateway('pglite', { RATE_LIMIT_READS: '2', RATE_LIMIT_UPLOADS: '10' });
  });
  afterAll(() => gw.close());

  it('Round0 and Celper answer 429 in their shapes, with Retry-After and RateLimit headers', async () => {
    const tenant = await gw.tenant();
    const celper = restClient(gw, 'celper');
    const round0 = restClient(gw, 'round0');
    const first = await round0('GET', '/api/v1/candidates', { bearer: tenant.adminKey });
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toContain('reads');
    await round0('GET', '/api/v1/candidates', { bearer: tenant.adminKey });

    const limited = await round0('GET', '/api/v1/candidates', { bearer: tenant.adminKey });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: { type: 'rate_limit_error', message: expect.any(String) } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const celperLimited = await celper('GET', '/v1/candidates/cand_00000000-0000-4000-8000-000000000000/status?jobPositionId=pos_x', { apiKey: tenant.adminKey });
    expect(celperLimited.status).toBe(429);
    expect(celperLimited.body).toMatchObject({ success: false, error: { code: 'RATE_LIMITED' } });
    expect(celperLimited.headers.get('retry-after')).not.toBeNull();
  });

  it('Recruitsome: 10 requests per minute per API key, then 429 with the documented body', async () => {
    const tenant = await gw.tenant();
    const rest = restClient(gw, 'recruitsome');
    // Refused uploads count too: the limit is on requests, and these need no résumé processing.
    const body = { user_id: 9999, resume: { filename: 'a.pdf', content: 'JVBERi0=', mime_type: 'application/pdf' } };
    for (let i = 0; i < 10; i += 1) expect((await rest('POST', '/api/v1/candidates', { bearer: tenant.adminKey }, body)).status).toBe(422);
    const limited = await rest('POST', '/api/v1/candidates', { bearer: tenant.adminKey }, body);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual(recruitsomeExample.rateLimited);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const otherKey = await rest('POST', '/api/v1/candidates', { bearer: await tenant.key(['write:candidates']) }, body);
    expect(otherKey.status).toBe(422);
  });
});
