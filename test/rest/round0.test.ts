import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompatFailure } from '../../src/rest/compat-failure.js';
import { round0 } from '../../src/rest/round0/round0.dialect.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';
import * as example from './round0.examples.js';
import { expectDocumentedShape, expectRequestId, restClient, UUID } from './rest-support.js';

const backends = await availableBackends();

describe.each(backends)('Round0 dialect on %s', (backend) => {
  let gw: TestGateway;
  let rest: ReturnType<typeof restClient>;
  let key: { bearer: string };

  beforeAll(async () => {
    gw = await startTestGateway(backend);
    key = { bearer: (await gw.tenant()).adminKey };
    rest = restClient(gw, 'round0');
  });
  afterAll(() => gw.close());

  it('POST /api/v1/candidates — 201 with the CV structure, parsedAt and parseSource "manual"', async () => {
    const res = await rest('POST', '/api/v1/candidates', key, example.createRequest);
    expect(res.status).toBe(201);
    expectRequestId(res);
    // The example shows one entry per list; ours has the request's entries.
    expectDocumentedShape({ data: { ...res.body.data, cv: { ...res.body.data.cv, workExperiences: [res.body.data.cv.workExperiences[0]], skills: [res.body.data.cv.skills[0]] } } }, example.candidateResponse);
    expect(res.body.data.id).toMatch(UUID);
    expect(res.body.data.cv).toMatchObject({ ...example.createRequest.cv, parseSource: 'manual' });
    expect(res.body.data.cv.workExperiences[1]).toEqual({ ...example.createRequest.cv.workExperiences[1], isCurrent: false });

    const curl = await rest('POST', '/api/v1/candidates', key, example.createCurl);
    expect(curl.status).toBe(201);
    expect(curl.body.data.cv).toMatchObject({ summary: example.createCurl.cv.summary, skills: [{ name: 'Product Strategy', category: 'technical' }], workExperiences: [], parseSource: 'manual' });
  });

  it('GET /api/v1/candidates/:id — the documented body; 404 "Candidate not found" for unknown and malformed ids', async () => {
    const created = await rest('POST', '/api/v1/candidates', key, example.createRequest);
    const res = await rest('GET', `/api/v1/candidates/${created.body.data.id}`, key);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(created.body);
    for (const id of ['550e8400-e29b-41d4-a716-446655440000', '550e8400...']) {
      const missing = await rest('GET', `/api/v1/candidates/${id}`, key);
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual(example.notFound);
    }
  });

  it('PATCH — title only; the documented full update replaces the CV whole; cv: null removes it', async () => {
    const { body: created } = await rest('POST', '/api/v1/candidates', key, example.createRequest);
    const path = `/api/v1/candidates/${created.data.id}`;
    const title = await rest('PATCH', path, key, { title: 'Senior Product Manager' });
    expect(title.status).toBe(200);
    expect(title.body.data).toMatchObject({ name: 'Jane Smith', title: 'Senior Product Manager', cv: created.data.cv });

    const full = await rest('PATCH', path, key, example.updateRequest);
    expect(full.status).toBe(200);
    expectDocumentedShape({ data: { ...full.body.data, cv: { ...full.body.data.cv, skills: [full.body.data.cv.skills[0]] } } }, {
      data: { ...example.candidateResponse.data, cv: { summary: '', workExperiences: [{ company: '', title: '', startDate: '', isCurrent: true }], education: [], skills: [{ name: '', category: '', proficiency: '' }], certifications: [], parsedAt: '', parseSource: '' } },
    });
    expect(full.body.data).toMatchObject({ name: 'Jane M. Smith', title: 'Senior Product Manager', cv: { ...example.updateRequest.cv, education: [], certifications: [], parseSource: 'manual' } });
    expect(full.body.data.cv.linkedinUrl).toBeUndefined();
    expect(Date.parse(full.body.data.cv.parsedAt)).toBeGreaterThanOrEqual(Date.parse(created.data.cv.parsedAt));

    const removed = await rest('PATCH', path, key, { cv: null });
    expect(removed.status).toBe(200);
    expect(removed.body.data).toMatchObject({ name: 'Jane M. Smith', cv: null });
    const untitled = await rest('PATCH', path, key, { title: null });
    expect(untitled.body.data.title).toBeNull();
    expect((await rest('PATCH', '/api/v1/candidates/550e8400-e29b-41d4-a716-446655440000', key, { title: 'x' })).body).toEqual(example.notFound);
  });

  it('DELETE — { success: true }, then 404', async () => {
    const { body: created } = await rest('POST', '/api/v1/candidates', key, example.createCurl);
    const res = await rest('DELETE', `/api/v1/candidates/${created.data.id}`, key);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(example.deleteResponse);
    const again = await rest('DELETE', `/api/v1/candidates/${created.data.id}`, key);
    expect(again.status).toBe(404);
    expect(again.body).toEqual(example.notFound);
  });

  it('GET /api/v1/candidates — page, limit, search and the pagination block', async () => {
    const tenantKey = { bearer: (await gw.tenant()).adminKey };
    for (let i = 1; i <= 7; i += 1) await rest('POST', '/api/v1/candidates', tenantKey, { name: `Person ${i}`, title: 'Developer', cv: { summary: 'Experienced software engineer...' } });
    await rest('POST', '/api/v1/candidates', tenantKey, { name: 'John Doe', title: 'Senior Developer' });

    const all = await rest('GET', '/api/v1/candidates', tenantKey);
    expect(all.status).toBe(200);
    expectDocumentedShape({ ...all.body, data: all.body.data.slice(1, 2) }, example.listResponse);
    expect(all.body.pagination).toEqual({ page: 1, limit: 50, total: 8, total_pages: 1 });
    expect(all.body.data[0]).toMatchObject({ name: 'John Doe', cv: null });

    const pages = await Promise.all([1, 2, 3, 4].map((page) => rest('GET', `/api/v1/candidates?page=${page}&limit=3`, tenantKey)));
    expect(pages.map((p) => p.body.data.length)).toEqual([3, 3, 2, 0]);
    expect(pages.map((p) => p.body.pagination)).toEqual([1, 2, 3, 4].map((page) => ({ page, limit: 3, total: 8, total_pages: 3 })));
    expect(pages.flatMap((p) => p.body.data.map((c: { name: string }) => c.name))).toEqual(all.body.data.map((c: { name: string }) => c.name));

    const john = await rest('GET', '/api/v1/candidates?page=1&limit=20&search=john', tenantKey);
    expect(john.body.data.map((c: { name: string }) => c.name)).toEqual(['John Doe']);
    expect(john.body.pagination).toEqual({ page: 1, limit: 20, total: 1, total_pages: 1 });

    for (const bad of ['limit=101', 'limit=0', 'page=0', 'page=x']) {
      const res = await rest('GET', `/api/v1/candidates?${bad}`, tenantKey);
      expect(res.status, bad).toBe(400);
      expectDocumentedShape(res.body, example.validationError);
    }
  });

  it('400 validation bodies name Round0 fields; 401 is authentication_error', async () => {
    const empty = await rest('POST', '/api/v1/candidates', key, { name: '' });
    expect(empty.status).toBe(400);
    expectDocumentedShape(empty.body, example.validationError);
    expect(empty.body.details[0].path).toEqual(['name']);
    const missing = await rest('POST', '/api/v1/candidates', key, { title: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body.details[0].path).toEqual(['name']);
    const category = await rest('POST', '/api/v1/candidates', key, { name: 'A', cv: { skills: [{ name: 'Go', category: 'hard' }] } });
    expect(category.status).toBe(400);
    expect(category.body.details[0].path).toEqual(['cv', 'skills', 0, 'category']);

    for (const auth of [null, { bearer: 'rz_live_nope' }]) {
      const res = await rest('GET', '/api/v1/candidates', auth);
      expect(res.status).toBe(401);
      expectDocumentedShape(res.body, example.unauthorized);
      expect(res.body.error.type).toBe('authentication_error');
    }
  });

  it('500 bodies say what failed', () => {
    expect(round0.failure(new CompatFailure('INTERNAL', 'boom'), { requestId: 'r', method: 'POST' })).toEqual({ status: 500, body: example.serverError });
    expect(round0.failure(new CompatFailure('INTERNAL', 'boom'), { requestId: 'r', method: 'PATCH' }).body).toEqual({ error: 'Failed to update candidate' });
  });
});
