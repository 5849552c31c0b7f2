import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const backends = await availableBackends();

// Short schedule so the suite runs in seconds: retries after ~100 ms, ~300 ms, ~900 ms, ~2.7 s, …
const WEBHOOK_ENV = { WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_RETRY_HORIZON_MS: '10000', WEBHOOK_TIMEOUT_MS: '2000' };

const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
  __typename ... on WebhookSecretPayload { secret endpoint { id url events enabled } } ... on ValidationError { code issues { path message } } } }`;

describe.each(backends)('signed webhooks on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let receiver: WebhookReceiver;
  let endpointId: string;
  let secret: string;

  beforeAll(async () => {
    gw = await startTestGateway(backend, WEBHOOK_ENV);
    tenant = await gw.tenant();
    receiver = await startWebhookReceiver();
    // Integrators' receivers are flaky: the first two attempts of every event fail.
    receiver.answer = ({ attemptNumber }) => (attemptNumber <= 2 ? 500 : 204);
    const created = await gw.gql(tenant.adminKey, CREATE_ENDPOINT, {
      input: { url: receiver.url, events: ['CANDIDATE_CREATED', 'CANDIDATE_STATUS_CHANGED', 'CANDIDATE_ERASED'], description: 'ATS sync' },
    });
    expect(created.data!.createWebhookEndpoint.__typename).toBe('WebhookSecretPayload');
    ({ secret } = created.data!.createWebhookEndpoint);
    endpointId = created.data!.createWebhookEndpoint.endpoint.id;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpointId).toMatch(/^whep_/);
    receiver.secrets = [secret];
  });
  afterAll(async () => {
    await receiver?.close();
    await gw?.close();
  });

  it('delivers candidate.created and candidate.status_changed after two refused attempts, each accepted once under one webhook-id', async () => {
    const position = await gw.gql(tenant.adminKey, `mutation { createJobPosition(input: { title: "Backend Engineer" }) { ... on JobPositionPayload { jobPosition { id } } } }`);
    const positionId = position.data!.createJobPosition.jobPosition.id;
    const created = await gw.gql(tenant.adminKey, `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ... on CandidatePayload { candidate { id } } } }`, {
      input: { jobPositionId: positionId, fullName: 'Wilhelmina Quarterfield', email: 'w.quarterfield@hooks.example', phone: '+49 170 5550101' },
    });
    const candidateId = created.data!.createCandidate.candidate.id;
    const invited = await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${candidateId}" }) { __typename } }`);
    expect(invited.data!.inviteCandidate.__typename).toBe('InviteCandidatePayload');

    await receiver.waitFor((r) => r.accepted.length >= 2);
    const types = receiver.accepted.map((e) => e.type).sort();
    expect(types).toEqual(['candidate.created', 'candidate.status_changed']);
    const createdEvent = receiver.accepted.find((e) => e.type === 'candidate.created')!;
    expect(createdEvent.data).toEqual({ candidateId, jobPositionId: positionId, status: 'NEW' });
    const statusEvent = receiver.accepted.find((e) => e.type === 'candidate.status_changed')!;
    expect(statusEvent.data).toEqual({ candidateId, jobPositionId: positionId, fromStatus: 'NEW', toStatus: 'INVITED' });
    expect(new Date(statusEvent.timestamp).toString()).not.toBe('Invalid Date');
    // Minimal personal data: ids and statuses only.
    expect(JSON.stringify(receiver.accepted)).not.toMatch(/Quarterfield|hooks\.example|5550101/);

    for (const event of receiver.accepted) {
      const tries = receiver.attempts.filter((a) => a.webhookId === event.webhookId);
      expect(tries.map((a) => a.answered)).toEqual([500, 500, 204]);
      // The same id and body on every retry; a fresh timestamp and signature per attempt.
      expect(new Set(tries.map((a) => a.body)).size).toBe(1);
      expect(event.webhookId).toMatch(/^msg_/);
    }
    expect(new Set(receiver.accepted.map((e) => e.webhookId)).size).toBe(2);

    const deliveries = await eventually(async () => {
      const res = await gw.gql(tenant.adminKey, `query($id: ID!) { webhookDeliveries(endpointId: $id, first: 10) { edges { node {
        id webhookId eventType status nextAttemptAt completedAt payload attempts { attemptedAt statusCode durationMs error } } } } }`, { id: endpointId });
      const nodes = res.data!.webhookDeliveries.edges.map((e: any) => e.node);
      return nodes.length === 2 && nodes.every((n: any) => n.status === 'SUCCEEDED') ? nodes : undefined;
    });
    for (const delivery of deliveries) {
      expect(delivery.id).toMatch(/^whdl_/);
      expect(delivery.attempts.map((a: any) => a.statusCode)).toEqual([500, 500, 204]);
      expect(delivery.attempts.map((a: any) => a.error)).toEqual(['HTTP 500', 'HTTP 500', null]);
      expect(delivery.attempts.every((a: any) => a.durationMs >= 0)).toBe(true);
      expect(delivery.nextAttemptAt).toBeNull();
      expect(receiver.accepted.map((e) => e.webhookId)).toContain(delivery.webhookId);
      expect(delivery.payload.type).toBe(delivery.eventType === 'CANDIDATE_CREATED' ? 'candidate.created' : 'candidate.status_changed');
    }
    // Retries waited: the second attempt came about one base delay after the first, the third about three.
    const [first, second, third] = deliveries[0].attempts.map((a: any) => Date.parse(a.attemptedAt));
    expect(second - first).toBeGreaterThanOrEqual(80);
    expect(third - second).toBeGreaterThanOrEqual(240);
  }, 180_000);

  it('signs with both secrets for a day after rotation, and sends candidate.erased', async () => {
    receiver.answer = () => 204;
    const rotated = await gw.gql(tenant.adminKey, `mutation($id: ID!) { rotateWebhookSecret(input: { id: $id }) { ... on WebhookSecretPayload { secret endpoint { previousSecretExpiresAt } } } }`, { id: endpointId });
    const next = rotated.data!.rotateWebhookSecret.secret;
    expect(next).not.toBe(secret);
    const overlapH = (Date.parse(rotated.data!.rotateWebhookSecret.endpoint.previousSecretExpiresAt) - Date.now()) / 3_600_000;
    expect(overlapH).toBeGreaterThan(23.9);
    expect(overlapH).toBeLessThanOrEqual(24);
    receiver.secrets = [secret, next];

    const created = await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { fullName: "Rotation Person" }) { ... on CandidatePayload { candidate { id } } } }`);
    const candidateId = created.data!.createCandidate.candidate.id;
    const erased = await gw.gql(tenant.adminKey, `mutation { eraseCandidate(input: { id: "${candidateId}" }) { __typename ... on EraseCandidatePayload { erasedCandidateId } } }`);
    expect(erased.data!.eraseCandidate).toEqual({ __typename: 'EraseCandidatePayload', erasedCandidateId: candidateId });
    await receiver.waitFor((r) => r.accepted.some((e) => e.type === 'candidate.erased' && e.data.candidateId === candidateId));
    const attempt = receiver.attempts.find((a) => JSON.parse(a.body).type === 'candidate.erased')!;
    expect(attempt.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    // Each secret alone verifies it (the receiver checked both before answering 204).
    expect(() => new Webhook(next).verify(attempt.body, attempt.headers)).not.toThrow();
    expect(() => new Webhook(secret).verify(attempt.body, attempt.headers)).not.toThrow();
    expect(() => new Webhook('whsec_' + Buffer.alloc(32, 7).toString('base64')).verify(attempt.body, attempt.headers)).toThrow();
  }, 180_000);

  it('marks a delivery failed at the horizon, disables an endpoint failing for long, notifies admins, and redelivers on request', async () => {
    const other = await gw.tenant();
    const admin = await gw.gql(other.adminKey, `mutation { createUser(input: { email: "admin@failing.example", name: "Ada Admin", role: ADMIN }) { ... on UserPayload { user { id } } } }`);
    const adminId = admin.data!.createUser.user.id;
    const failing = await startWebhookReceiver();
    failing.answer = () => 503;
    try {
      const created = await gw.gql(other.adminKey, CREATE_ENDPOINT, { input: { url: failing.url, events: ['CANDIDATE_CREATED'] } });
      const failingId = created.data!.createWebhookEndpoint.endpoint.id;
      failing.secrets = [created.data!.createWebhookEndpoint.secret];
      const res = await gw.gql(other.adminKey, `mutation { createCandidate(input: { fullName: "Never Delivered" }) { __typename } }`);
      expect(res.data!.createCandidate.__typename).toBe('CandidatePayload');

      const delivery = await eventually(async () => {
        const r = await gw.gql(other.adminKey, `query($id: ID!) { webhookDeliveries(endpointId: $id) { edges { node { id webhookId status attempts { statusCode error } } } } }`, { id: failingId });
        const node = r.data!.webhookDeliveries.edges[0]?.node;
        return node?.status === 'FAILED' ? node : undefined;
      }, 90_000);
      // Retried on schedule until the horizon, every attempt reaching the receiver under one webhook-id.
      expect(delivery.attempts.length).toBeGreaterThanOrEqual(4);
      expect(delivery.attempts.every((a: any) => a.statusCode === 503 && a.error === 'HTTP 503')).toBe(true);
      expect(failing.attempts.map((a) => a.webhookId)).toEqual(delivery.attempts.map(() => delivery.webhookId));
      expect((await gw.gql(other.adminKey, `{ webhookEndpoints { enabled } }`)).data!.webhookEndpoints).toEqual([{ enabled: true }]);

      // Failing for days: the next failure disables the endpoint and tells the organization's admins.
      const prisma = gw.app.services.db.prisma;
      await prisma.webhookEndpoint.update({ where: { id: failingId.slice(5) }, data: { failingSince: new Date(Date.now() - 6 * 86_400_000) } });
      await gw.gql(other.adminKey, `mutation { createCandidate(input: { fullName: "Disables It" }) { __typename } }`);
      const endpoints = await eventually(async () => {
        const r = await gw.gql(other.adminKey, `{ webhookEndpoints { id enabled disabledAt disabledReason } }`);
        return r.data!.webhookEndpoints[0].enabled ? undefined : r.data!.webhookEndpoints;
      }, 90_000);
      expect(endpoints).toEqual([expect.objectContaining({ id: failingId, enabled: false, disabledAt: expect.any(String), disabledReason: expect.stringMatching(/failed \(6 days\)/) })]);
      const notifications = await gw.gql(other.adminKey, `query($u: ID!) { notifications(userId: $u) { edges { node { kind message } } } }`, { u: adminId });
      const kinds = JSON.stringify(notifications.data);
      expect(kinds).toContain('WEBHOOK_DISABLED');
      expect(kinds).toContain(failing.url);

      // A disabled endpoint gets nothing new.
      const before = failing.attempts.length;
      await gw.gql(other.adminKey, `mutation { createCandidate(input: { fullName: "While Disabled" }) { __typename } }`);

      // Fixed and re-enabled: the failed delivery is sent again with its original webhook-id.
      failing.answer = () => 200;
      const enabled = await gw.gql(other.adminKey, `mutation($id: ID!) { updateWebhookEndpoint(input: { id: $id, enabled: true }) { ... on WebhookEndpointPayload { endpoint { enabled disabledAt failingSince } } } }`, { id: failingId });
      expect(enabled.data!.updateWebhookEndpoint.endpoint).toEqual({ enabled: true, disabledAt: null, failingSince: null });
      const again = await gw.gql(other.adminKey, `mutation($id: ID!) { redeliverWebhook(input: { deliveryId: $id }) { __typename ... on RedeliverWebhookPayload { delivery { status } } } }`, { id: delivery.id });
      expect(again.data!.redeliverWebhook).toEqual({ __typename: 'RedeliverWebhookPayload', delivery: { status: 'PENDING' } });
      await failing.waitFor((r) => r.accepted.length === 1);
      expect(failing.accepted[0]!.webhookId).toBe(delivery.webhookId);
      expect(failing.attempts.slice(before).map((a) => a.webhookId)).toEqual([delivery.webhookId]);
    } finally {
      await failing.close();
    }
  }, 180_000);

  it('keeps endpoints to admins and to their organization, and validates input', async () => {
    const reader = await tenant.key(['read:candidates', 'write:candidates']);
    const denied = await gw.gql(reader, `{ webhookEndpoints { id } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await gw.tenant();
    expect((await gw.gql(stranger.adminKey, `{ webhookEndpoints { id } }`)).data!.webhookEndpoints).toEqual([]);
    const foreign = await gw.gql(stranger.adminKey, `mutation($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { __typename ... on Error { code } } }`, { id: endpointId });
    expect(foreign.data!.deleteWebhookEndpoint).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const foreignDeliveries = await gw.gql(stranger.adminKey, `query($id: ID!) { webhookDeliveries(endpointId: $id) { edges { node { id } } } }`, { id: endpointId });
    expect(foreignDeliveries.data!.webhookDeliveries.edges).toEqual([]);

    const bad = await gw.gql(tenant.adminKey, CREATE_ENDPOINT, { input: { url: 'ftp://example.com/x', events: [] } });
    expect(bad.data!.createWebhookEndpoint.__typename).toBe('ValidationError');
    expect(bad.data!.createWebhookEndpoint.issues.map((i: any) => i.path.join('.')).sort()).toEqual(['events']);
    const badUrl = await gw.gql(tenant.adminKey, CREATE_ENDPOINT, { input: { url: 'ftp://example.com/x', events: ['CANDIDATE_CREATED'] } });
    expect(badUrl.data!.createWebhookEndpoint.issues).toEqual([{ path: ['url'], message: 'must use https' }]);

    const deleted = await gw.gql(tenant.adminKey, `mutation($id: ID!) { deleteWebhookEndpoint(input: { id: $id }) { __typename ... on DeleteWebhookEndpointPayload { deletedEndpointId } } }`, { id: endpointId });
    expect(deleted.data!.deleteWebhookEndpoint.deletedEndpointId).toBe(endpointId);
    expect((await gw.gql(tenant.adminKey, `{ webhookEndpoints { id } }`)).data!.webhookEndpoints).toEqual([]);
  });
});
