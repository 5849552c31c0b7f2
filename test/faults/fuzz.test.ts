import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';
import { send, seeded } from './http-raw.js';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2_000);
const CONCURRENCY = 8;
const rng = seeded(20261202);

function deep(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { x: value };
  return value;
}

const HOSTILE: unknown[] = [
  '', ' ', 'a\u0000b', '\u0000', '\ud800', 'x\udfffy', 'x'.repeat(20_000), 'y'.repeat(9_000), '💥'.repeat(3_000),
  "'; DROP TABLE \"Candidate\";--", '%00', '%E0%A4%A', '../../etc/passwd', '<script>alert(1)</script>', 'not-an-email', 'a@b', '@', 'ann@example.com',
  '2026-13-45', '9999-99-99T99:99:99Z', 'NaN', '-1', '1e309', 'cand_', 'pos_x', 'cand_00000000-0000-4000-8000-000000000000', randomUUID(),
  'Q2FuZGlkYXRlOjE=', 'NEW', 'INVITED', 'rejected', 'true',
  -1, 0, 1, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 0.5, true, false, null, [], {}, [[[[]]]], { __proto__: { polluted: 1 } }, deep(300), [1, 'a', null, {}],
];
const FIELDS = ['name', 'fullName', 'full_name', 'firstName', 'first_name', 'lastName', 'email', 'phone', 'status', 'reason', 'note', 'notes', 'jobPositionId', 'job_position_id',
  'skills', 'cv', 'resume', 'file', 'content', 'contentBase64', 'filename', 'user_id', 'title', 'limit', 'offset', 'page', 'per_page', 'cursor', 'updated_after', 'search', 'force'];

function hostileObject(): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const n = 1 + rng.int(5);
  for (let i = 0; i < n; i += 1) object[rng.pick(FIELDS)] = rng.pick(HOSTILE);
  return object;
}

function hostileBody(): string {
  switch (rng.int(6)) {
    case 0:
      return '{"unterminated": ';
    case 1:
      return JSON.stringify(rng.pick(HOSTILE));
    case 2:
      return '\u0000\u0001\u0002';
    default:
      return JSON.stringify(hostileObject());
  }
}

/** Percent-encodes the UTF-8 bytes (encodeURIComponent refuses lone surrogates). */
function encode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

function segment(): string {
  const value = rng.pick(HOSTILE);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Some path segments keep raw, undecodable %-escapes on purpose.
  return rng.int(4) === 0 ? text.slice(0, 200).replace(/[^A-Za-z0-9%_-]/g, '') || '%' : encode(text.slice(0, 2_000));
}

const GRAPHQL_DOCUMENTS = [
  'query($id: ID!) { candidate(id: $id) { id fullName } }',
  'query($first: Int, $after: String, $search: String) { candidates(first: $first, after: $after, filter: { search: $search }) { totalCount edges { cursor } } }',
  'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { __typename ... on Error { code } } }',
  'mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { __typename ... on Error { code } } }',
  'mutation($input: CreateJobPositionInput!) { createJobPosition(input: $input) { __typename ... on Error { code } } }',
  'query($id: ID!) { node(id: $id) { id } }',
  '{ candidates(first: 100000) { totalCount } }',
  '{ candidates(first: -5, last: 3) { totalCount } }',
  `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  `{ ${'candidates(first: 1) { edges { node { '.repeat(30)} id ${'} } }'.repeat(30)} }`,
  '{',
  'subscription { candidateEvents { id } }',
  'query { __schema { types { name fields { name } } } }',
  `{ candidates(first: 1, filter: { search: "${'s'.repeat(12_000)}" }) { totalCount } }`,
  '{ candidates(first: 1, filter: { search: "nul\\u0000" }) { totalCount } }',
];

function graphqlVariables(): Record<string, unknown> {
  const input = { ...hostileObject(), ...(rng.int(2) ? { id: rng.pick(HOSTILE) } : {}) };
  return { id: rng.pick(HOSTILE), first: rng.pick(HOSTILE), after: rng.pick(HOSTILE), search: rng.pick(HOSTILE), input: rng.int(5) ? input : rng.pick(HOSTILE) };
}

interface Case {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function makeCase(keys: { admin: string; ids: string[] }): Case {
  const auth = rng.pick([keys.admin, keys.admin, keys.admin, 'cgw_wrong', '']);
  const kind = rng.int(10);
  if (kind < 4) {
    const document = rng.pick(GRAPHQL_DOCUMENTS);
    const headers: Record<string, string> = auth ? { 'x-api-key': auth } : {};
    if (kind < 2) {
      const vars = rng.int(4) === 0 ? '%7Bbroken' : encode(JSON.stringify(graphqlVariables()));
      return { method: 'GET', path: `/graphql?query=${encodeURIComponent(document)}&variables=${vars}${rng.int(5) === 0 ? '&extensions=%5B' : ''}`, headers };
    }
    const contentType = rng.pick(['application/json', 'application/json', 'text/plain', 'application/graphql+json', 'multipart/form-data; boundary=x']);
    const body = rng.int(6) === 0 ? hostileBody() : JSON.stringify({ query: document, variables: rng.int(8) ? graphqlVariables() : rng.pick(HOSTILE) });
    return { method: 'POST', path: '/graphql', headers: { ...headers, 'content-type': contentType }, body };
  }
  const vendor = rng.pick(['celper', 'peoplelens', 'round0', 'recruitsome']);
  const id = rng.int(3) === 0 ? rng.pick(keys.ids) : segment();
  const paths: Record<string, string[]> = {
    celper: [`/v1/candidates/${id}`, `/v1/candidates/${id}/status`, `/v1/candidates/${id}/invite`, `/v1/candidates/${id}/reject`, `/v1/candidates/${id}/select`, '/v1/nothing'],
    peoplelens: [`/api/v1/candidates/${id}`, `/api/v1/candidates/${id}/status`, '/api/v1/candidates'],
    round0: ['/api/v1/candidates', `/api/v1/candidates/${id}`, `/api/v1/candidates?limit=${segment()}&cursor=${segment()}&updated_after=${segment()}`],
    recruitsome: ['/api/v1/candidates', '/api/v1/candidates/x'],
  };
  const path = `/compat/${vendor}${rng.pick(paths[vendor]!)}${rng.int(3) === 0 ? `${path0()}jobPositionId=${segment()}` : ''}`;
  const method = rng.pick(['GET', 'GET', 'POST', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS']);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers[vendor === 'celper' ? 'x-api-key' : 'authorization'] = vendor === 'celper' ? auth : `Bearer ${auth}`;
  if (rng.int(6) === 0) headers['idempotency-key'] = segment().slice(0, 300);
  return { method, path, headers, ...(method === 'GET' || method === 'OPTIONS' ? {} : { body: hostileBody() }) };
  function path0() {
    return '?';
  }
}

describe('hostile input over GraphQL (GET and POST) and the four REST dialects (pglite, real port)', () => {
  let gw: TestGateway;
  let server: RunningServer;
  let admin: string;
  let ids: string[];

  beforeAll(async () => {
    gw = await startTestGateway('pglite');
    admin = (await gw.tenant()).adminKey;
    const position = await gw.gql(admin, 'mutation { createJobPosition(input: { title: "Fuzz" }) { ... on JobPositionPayload { jobPosition { id } } } }');
    const positionId = position.data?.createJobPosition?.jobPosition?.id as string | undefined;
    const created = await gw.gql(admin, 'mutation($p: ID!) { createCandidate(input: { fullName: "Fuzz Target", email: "fuzz@example.com", jobPositionId: $p }) { ... on CandidatePayload { candidate { id } } } }', { p: positionId });
    const candidateId = created.data?.createCandidate?.candidate?.id as string | undefined;
    ids = [candidateId ?? 'none', `cand_${candidateId}`, positionId ?? 'none'];
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    await gw.close();
  });

  it(`answers ${REQUESTS} deterministic hostile requests with 0 5xx, 0 INTERNAL and 0 hangs`, async () => {
    const cases = Array.from({ length: REQUESTS }, () => makeCase({ admin, ids }));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const slow: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++]!;
        const label = `${c.method} ${c.path.slice(0, 160)} ${c.body?.slice(0, 120) ?? ''}`;
        const started = performance.now();
        try {
          const res = await send(server.url, { ...c, timeoutMs: 20_000 });
          const ms = performance.now() - started;
          if (ms > 2_000) slow.push(`${Math.round(ms)} ms ${res.status} ${label.slice(0, 200)}`);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500 || res.body.includes('"INTERNAL"')) failures.push(`${res.status} ${label} -> ${res.body.slice(0, 300)}`);
        } catch (error) {
          failures.push(`${(error as Error).message} ${label}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.info(`slowest: ${slow.slice(0, 15).join('\n')}`);
    console.info(`fuzz: ${cases.length} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    expect(failures.slice(0, 20)).toEqual([]);
    const health = await send(server.url, { path: '/healthz' });
    expect(health.status).toBe(200);
  }, 300_000);
});
