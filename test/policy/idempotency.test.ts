import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { uuidOf } from '../../src/schema/global-id.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { connectWs } from './ws-client.js';

const backends = await availableBackends();

const INVITE = `mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) {
  __typename ... on Error { code message } ... on InviteCandidatePayload { invited sessionId expiresAt candidate { id status } session { status interviewUrl } } } }`;
const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { __typename ... on Error { code } ... on CandidatePayload { candidate { id email } } } }`;

describe.each(backends)('Idempotency-Key on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let server: RunningServer;
  let counter = 0;
  beforeAll(async () => {
    // 50 simultaneous invites with one key would otherwise meet the 30-a-minute action limit.
    gw = await startTestGateway(backend, { RATE_LIMIT_ACTIONS: '1000', RATE_LIMIT_WRITES: '1000' });
    tenant = await gw.tenant();
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    await gw.close();
  });

  async function newCandidate(): Promise<string> {
    counter += 1;
    const res = await gw.gql(tenant.adminKey, CREATE, { input: { firstName: 'Ona', lastName: `Test${counter}`, email: `ona${counter}@example.com` } });
    return res.data!.createCandidate.candidate.id;
  }

  it('runs 50 simultaneous identical invites once: one interview session, one email, identical answers or IDEMPOTENCY_IN_PROGRESS', async () => {
    const candidateId = await newCandidate();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => gw.gql(tenant.adminKey, INVITE, { input: { candidateId } }, { 'idempotency-key': `invite-${candidateId}` })),
    );
    const uuid = uuidOf(candidateId, 'Candidate')!;
    const { prisma } = gw.app.services.db;
    expect(await prisma.interviewSession.count({ where: { candidateId: uuid } })).toBe(1);
    expect(await prisma.emailMessage.count({ where: { candidateId: uuid } })).toBe(1);
    const results = responses.map((r) => r.data!.inviteCandidate);
    const successes = results.filter((r) => r.__typename === 'InviteCandidatePayload');
    const waiting = results.filter((r) => r.__typename === 'IdempotencyInProgressError');
    expect(successes.length + waiting.length).toBe(50);
    expect(successes.length).toBeGreaterThanOrEqual(1);
    for (const s of successes) expect(s).toEqual(successes[0]);
    for (const w of waiting) expect(w.code).toBe('IDEMPOTENCY_IN_PROGRESS');

    const replay = await gw.gql(tenant.adminKey, INVITE, { input: { candidateId } }, { 'idempotency-key': `invite-${candidateId}` });
    expect(replay.data!.inviteCandidate).toEqual(successes[0]);
  });

  it('refuses the same key with another payload with IDEMPOTENCY_KEY_REUSED', async () => {
    const candidateId = await newCandidate();
    const first = await gw.gql(tenant.adminKey, INVITE, { input: { candidateId } }, { 'idempotency-key': 'reuse-me' });
    expect(first.data!.inviteCandidate.__typename).toBe('InviteCandidatePayload');
    const other = await gw.gql(tenant.adminKey, INVITE, { input: { candidateId, emailSubject: 'Different' } }, { 'idempotency-key': 'reuse-me' });
    expect(other.data!.inviteCandidate).toMatchObject({ __typename: 'IdempotencyKeyReusedError', code: 'IDEMPOTENCY_KEY_REUSED' });
    const otherOperation = await gw.gql(tenant.adminKey, CREATE, { input: { firstName: 'X', lastName: 'Y' } }, { 'idempotency-key': 'reuse-me' });
    expect(otherOperation.data!.createCandidate.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('scopes keys per API key and replays createCandidate without creating twice', async () => {
    const otherKey = await tenant.key(['read:candidates', 'write:candidates']);
    const input = { firstName: 'Rūta', lastName: 'Scoped', email: 'ruta.scoped@example.com' };
    const one = await gw.gql(tenant.adminKey, CREATE, { input }, { 'idempotency-key': 'create-1' });
    const again = await gw.gql(tenant.adminKey, CREATE, { input }, { 'idempotency-key': 'create-1' });
    expect(again.data).toEqual(one.data);
    const other = await gw.gql(otherKey, CREATE, { input: { ...input, email: 'ruta.other@example.com' } }, { 'idempotency-key': 'create-1' });
    expect(other.data!.createCandidate.__typename).toBe('CandidatePayload');
    expect(await gw.app.services.db.prisma.candidate.count({ where: { lastName: 'Scoped' } })).toBe(2);
  });

  it('releases the key when the operation fails, so a corrected retry can act', async () => {
    const candidateId = await newCandidate();
    const failed = await gw.gql(tenant.adminKey, INVITE, { input: { candidateId, jobPositionId: 'pos_00000000-0000-0000-0000-000000000000' } }, { 'idempotency-key': 'fails-first' });
    expect(failed.data!.inviteCandidate.__typename).toBe('NotFoundError');
    const retried = await gw.gql(tenant.adminKey, INVITE, { input: { candidateId, jobPositionId: 'pos_00000000-0000-0000-0000-000000000000' } }, { 'idempotency-key': 'fails-first' });
    expect(retried.data!.inviteCandidate.__typename).toBe('NotFoundError');
    expect(await gw.app.services.db.prisma.idempotencyRecord.count({ where: { key: 'fails-first' } })).toBe(0);
  });

  it('accepts the key as an input field over WebSocket', async () => {
    const candidateId = await newCandidate();
    const ws = connectWs(server.port, tenant.adminKey);
    const input = { candidateId, idempotencyKey: `ws-${candidateId}` };
    const first = await ws.run(INVITE, { input });
    const second = await ws.run(INVITE, { input });
    expect(first.data.inviteCandidate.__typename).toBe('InviteCandidatePayload');
    expect(second.data).toEqual(first.data);
    expect(await gw.app.services.db.prisma.interviewSession.count({ where: { candidateId: uuidOf(candidateId, 'Candidate')! } })).toBe(1);
    await ws.client.dispose();
  });

  it('keeps keys 24 hours, then prunes them', async () => {
    const { prisma } = gw.app.services.db;
    const record = await prisma.idempotencyRecord.findFirstOrThrow({ where: { key: 'create-1' } });
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    const { pruneIdempotencyRecords } = await import('../../src/policy/idempotency.js');
    expect(await pruneIdempotencyRecords(prisma, new Date(Date.now() + 25 * 3600 * 1000))).toBeGreaterThan(0);
    expect(await prisma.idempotencyRecord.count()).toBe(0);
  });
});
