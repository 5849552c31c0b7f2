import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';

const backends = await availableBackends();

/** A local SMTP server standing in for the mail provider: it can refuse the next N messages. */
async function startSmtp() {
  const received: string[] = [];
  let refuseNext = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        if (refuseNext > 0) {
          refuseNext -= 1;
          const error = Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 });
          return callback(error);
        }
        received.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    refuse: (n: number) => (refuseNext = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(backends)('invitation outbox over SMTP on %s', (backend) => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let gw: TestGateway;
  let tenant: Tenant;
  beforeAll(async () => {
    smtp = await startSmtp();
    gw = await startTestGateway(backend, { SMTP_URL: smtp.url }, { workerOptions: { pollIntervalMs: 500 }, jobPolicies: { SEND_EMAIL: { retryDelaySeconds: 0, retryBackoff: false } } });
    tenant = await gw.tenant();
  });
  afterAll(async () => {
    await gw.close();
    await smtp.close();
  });

  async function invite(email: string) {
    const created = await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { fullName: "Mail Test", email: "${email}" }) { ... on CandidatePayload { candidate { id } } } }`);
    const id = created.data!.createCandidate.candidate.id;
    const res = await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${id}" }) { ... on InviteCandidatePayload { emailDelivery session { interviewUrl } } } }`);
    return { id, ...res.data!.inviteCandidate };
  }

  const delivery = async (candidateId: string) =>
    (await gw.app.services.db.prisma.emailMessage.findFirstOrThrow({ where: { candidateId: candidateId.slice(5) } })).status;

  it('retries a refused delivery and then sends the default template with the link', async () => {
    smtp.refuse(2);
    const { id, session } = await invite('retry@example.com');
    await eventually(async () => ((await delivery(id)) === 'SENT' ? true : undefined));
    const message = smtp.received.find((m) => m.includes('retry@example.com'))!;
    expect(message).toContain('Subject: Your interview invitation');
    expect(message).toContain(session.interviewUrl);
    const stored = await gw.app.services.db.prisma.emailMessage.findFirstOrThrow({ where: { candidateId: id.slice(5) } });
    expect(stored.attempts).toBe(3);
  });

  it('dead-letters a message the server never accepts, and reports emailDelivery FAILED', async () => {
    smtp.refuse(1000);
    const { id } = await invite('never@example.com');
    await eventually(async () => ((await delivery(id)) === 'FAILED' ? true : undefined));
    const status = await gw.gql(tenant.adminKey, `{ candidateStatus(id: "${id}") { latestInterview { emailDelivery } } }`);
    expect(status.data!.candidateStatus.latestInterview.emailDelivery).toBe('FAILED');
    const stored = await gw.app.services.db.prisma.emailMessage.findFirstOrThrow({ where: { candidateId: id.slice(5) } });
    expect(stored.attempts).toBe(gw.app.services.jobs.policies.SEND_EMAIL.maxAttempts);
    expect(stored.lastError).toContain('Mailbox temporarily unavailable');
    smtp.refuse(0);
  });
});
