import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, resolveDeliveryTarget } from '../../src/webhooks/address-policy.js';
import { deliverWebhookHandler } from '../../src/webhooks/deliver-webhook.job.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

describe('webhook address policy', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['93.184.216.34', true],
    ['1.1.1.1', true],
    ['2606:4700:4700::1111', true],
    ['::ffff:1.1.1.1', true],
    ['not-an-ip', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('in production takes only https URLs whose every resolved address is public, and pins the first', async () => {
    const resolveTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    await expect(resolveDeliveryTarget('http://hooks.example.com/x', { production: true, resolve: resolveTo('93.184.216.34') })).rejects.toThrow('must use https');
    await expect(resolveDeliveryTarget('https://hooks.example.com/x', { production: true, resolve: resolveTo('93.184.216.34', '10.0.0.5') })).rejects.toThrow(/private or reserved/);
    await expect(resolveDeliveryTarget('https://[::1]/x', { production: true })).rejects.toThrow(/private or reserved/);
    await expect(resolveDeliveryTarget('https://user:pw@hooks.example.com/x', { production: true, resolve: resolveTo('93.184.216.34') })).rejects.toThrow(/credentials/);
    const target = await resolveDeliveryTarget('https://hooks.example.com/x', { production: true, resolve: resolveTo('93.184.216.34', '2606:4700::1') });
    expect(target).toMatchObject({ address: '93.184.216.34', family: 4 });
    // Outside production loopback is fine, for local receivers.
    expect(await resolveDeliveryTarget('http://127.0.0.1:9/x', { production: false })).toMatchObject({ address: '127.0.0.1' });
  });
});

describe('webhook delivery safety', () => {
  let gw: TestGateway;
  let tenant: Tenant;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    // No background worker: each attempt is run by the test with the configuration it examines.
    gw = await startTestGateway('pglite', {}, { worker: false });
    tenant = await gw.tenant();
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await gw?.close();
  });

  async function pendingDelivery(url: string) {
    const created = await gw.gql(tenant.adminKey, `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: [CANDIDATE_CREATED] }) { ... on WebhookSecretPayload { endpoint { id } } } }`, { url });
    expect(created.data!.createWebhookEndpoint.endpoint.id).toMatch(/^whep_/);
    const endpointId = created.data!.createWebhookEndpoint.endpoint.id.slice(5);
    await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { fullName: "Safety Check" }) { __typename } }`);
    const prisma = gw.app.services.db.prisma;
    const delivery = await prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId }, orderBy: { createdAt: 'desc' } });
    await prisma.webhookEndpoint.update({ where: { id: endpointId }, data: { enabled: false } });
    return { prisma, delivery, endpointId };
  }

  const config = { NODE_ENV: 'test' as const, WEBHOOK_RETRY_BASE_MS: 1000, WEBHOOK_RETRY_HORIZON_MS: 60_000, WEBHOOK_TIMEOUT_MS: 300, WEBHOOK_DISABLE_AFTER_MS: 3_600_000 };
  // The job the delivery is waiting on: a handler run for any other job does nothing.
  const job = (delivery: { id: string; jobId: string | null }) => ({ id: delivery.jobId!, kind: 'DELIVER_WEBHOOK' as const, subjectId: delivery.id, attempts: 1, maxAttempts: 5 });
  const nextJob = async (deliveryId: string) => (await gw.app.services.db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).jobId;

  it('re-checks the address at delivery: a host that now resolves to a private address gets nothing', async () => {
    const { prisma, delivery, endpointId } = await pendingDelivery(receiver.url);
    // As if DNS changed after the endpoint was saved (rebinding): the name now points at loopback.
    await prisma.webhookEndpoint.update({ where: { id: endpointId }, data: { enabled: true, url: 'https://hooks.rebind.example/x' } });
    const before = receiver.attempts.length;
    const handler = deliverWebhookHandler(prisma, gw.app.services.jobs, { ...config, NODE_ENV: 'production' }, async () => [{ address: '127.0.0.1', family: 4 }]);
    await handler.run(job(delivery));
    // The failure schedules the next attempt as a new job; running the old one again sends nothing.
    expect(await nextJob(delivery.id)).not.toBe(delivery.jobId);
    await handler.run(job(delivery));
    expect(receiver.attempts.length).toBe(before);
    const attempts = await prisma.webhookAttempt.findMany({ where: { deliveryId: delivery.id } });
    expect(attempts).toEqual([expect.objectContaining({ statusCode: null, error: expect.stringMatching(/private or reserved/) })]);
  });

  it('does not follow redirects, stops waiting at the timeout, and reads a bounded answer', async () => {
    let hits: string[] = [];
    const server = createServer((request, response) => {
      hits.push(request.url!);
      if (request.url === '/redirect') response.writeHead(307, { location: '/target' }).end();
      else if (request.url === '/slow') setTimeout(() => response.writeHead(200).end(), 5_000).unref();
      else if (request.url === '/huge') response.writeHead(200).end(Buffer.alloc(5 * 1024 * 1024, 120));
      else response.writeHead(200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const [path, check] of [
        ['/redirect', (a: any) => expect(a).toMatchObject({ statusCode: 307, error: 'HTTP 307' })],
        ['/slow', (a: any) => expect(a).toMatchObject({ statusCode: null, error: 'no answer within 300 ms' })],
        ['/huge', (a: any) => expect(a).toMatchObject({ statusCode: 200, error: null })],
      ] as const) {
        hits = [];
        const { prisma, delivery, endpointId } = await pendingDelivery(`${base}${path}`);
        await prisma.webhookEndpoint.update({ where: { id: endpointId }, data: { enabled: true } });
        await deliverWebhookHandler(prisma, gw.app.services.jobs, config).run(job(delivery));
        if (path === '/huge') expect(await nextJob(delivery.id)).toBeNull();
        else expect(await nextJob(delivery.id)).not.toBe(delivery.jobId);
        expect(hits).toEqual([path]);
        const [attempt] = await prisma.webhookAttempt.findMany({ where: { deliveryId: delivery.id } });
        check(attempt);
        if (path === '/slow') expect(attempt!.durationMs).toBeLessThan(2_000);
      }
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses non-public and non-https URLs when saving an endpoint in production', async () => {
    const production = await startTestGateway('pglite', { NODE_ENV: 'production' }, { worker: false });
    try {
      const admin = (await production.tenant()).adminKey;
      for (const [url, message] of [
        ['http://example.com/hook', 'must use https'],
        ['https://127.0.0.1/hook', 'resolves to a private or reserved address'],
        ['https://10.0.0.1/hook', 'resolves to a private or reserved address'],
        ['https://[fd00::1]/hook', 'resolves to a private or reserved address'],
        ['https://169.254.169.254/latest', 'resolves to a private or reserved address'],
      ] as const) {
        const res = await production.gql(admin, `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: [CANDIDATE_CREATED] }) { __typename ... on ValidationError { issues { path message } } } }`, { url });
        expect(res.data!.createWebhookEndpoint.issues).toEqual([{ path: ['url'], message: expect.stringContaining(message) }]);
      }
      expect(await production.app.services.db.prisma.webhookEndpoint.count()).toBe(0);
    } finally {
      await production.close();
    }
  });
});
