import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { readSse } from '../support/subscriptions.js';

const backends = await availableBackends();
const SUBSCRIBERS = 20;

describe.each(backends)('candidate event fan-out on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  beforeAll(async () => {
    // No worker: its polling would add statements no request sent.
    gw = await startTestGateway(backend, {}, { worker: false });
    tenant = await gw.tenant();
  });
  afterAll(async () => gw?.close());

  const create = async (email: string) =>
    (await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { fullName: "Fan Out", email: "${email}" }) { ... on CandidatePayload { candidate { id } } } }`)).data!
      .createCandidate.candidate.id as string;
  const invite = (id: string) => gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${id}" }) { __typename } }`);

  it('costs the same SQL statements with 20 subscribers as with none, and every subscriber gets the whole event', async () => {
    // The audit entry of an invitation is written after the response, so it may land in either window: it is left out.
    let statements = 0;
    // The client is built with query events on (src/db/client.ts); its type does not say so.
    (gw.app.services.db.prisma as unknown as { $on(name: 'query', listener: (event: { query: string }) => void): void }).$on('query', (event) => {
      if (!event.query.includes('"AuditEntry"')) statements += 1;
    });
    const alone = await create('alone@example.com');
    const before = statements;
    await invite(alone);
    const withoutSubscribers = statements - before;

    const target = await create('target@example.com');
    const warmUps = new Set<string>();
    const live = new Set<number>();
    const readers = Array.from({ length: SUBSCRIBERS }, async (_, n) => {
      const response = await gw.app.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': tenant.adminKey },
        body: JSON.stringify({ query: 'subscription { candidateEvents { id type fromStatus toStatus candidateId actorType createdAt } }' }),
      });
      const events = await readSse(response, (event) => {
        const data = event.data?.candidateEvents;
        if (warmUps.has(data?.candidateId)) live.add(n);
        return data?.candidateId === target && data?.toStatus === 'INVITED';
      });
      return events.at(-1).data.candidateEvents;
    });
    // A subscription is live once it has seen an event: created candidates prove it, without a sleep.
    for (let i = 0; live.size < SUBSCRIBERS && i < 50; i += 1) warmUps.add(await create(`warm-up-${i}@example.com`));
    expect(live.size).toBe(SUBSCRIBERS);

    const start = statements;
    await invite(target);
    const delivered = await Promise.all(readers);
    expect(statements - start).toBe(withoutSubscribers);
    expect(delivered).toHaveLength(SUBSCRIBERS);
    for (const event of delivered) {
      expect(event).toMatchObject({ type: 'STATUS_CHANGED', fromStatus: 'NEW', toStatus: 'INVITED', candidateId: target, actorType: 'API_KEY' });
      expect(event.id).toMatch(/^evt_/);
      expect(Number.isNaN(Date.parse(event.createdAt))).toBe(false);
    }
  });
});
