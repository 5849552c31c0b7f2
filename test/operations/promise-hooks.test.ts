import { executionAsyncId } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { collect, readSse, wsClient } from '../support/subscriptions.js';

/**
 * Whether async hooks give every promise an id. On Node 20 an AsyncLocalStorage in use turns them on
 * for the whole process, which made every request slower (test/bench/EXPERIMENTS.md): with them off,
 * a promise continuation runs under the same async id as the code that awaited.
 */
async function promiseHooksOn(): Promise<boolean> {
  const before = executionAsyncId();
  await null;
  return executionAsyncId() !== before;
}

const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ... on CandidatePayload { candidate { id } } } }`;
const EVENTS = 'subscription { candidateEvents { candidateId toStatus } }';

describe('promise hooks after every kind of traffic (pglite, real port)', () => {
  let gw: TestGateway;
  let tenant: Tenant;
  let server: RunningServer;
  let hooksBefore: boolean;

  beforeAll(async () => {
    hooksBefore = await promiseHooksOn();
    gw = await startTestGateway('pglite', {}, { worker: false });
    tenant = await gw.tenant();
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
    await gw.close();
  });

  async function create(lastName: string, headers: Record<string, string> = {}): Promise<string> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': tenant.adminKey, ...headers },
      body: JSON.stringify({ query: CREATE, variables: { input: { firstName: 'Hook', lastName, email: `hook.${lastName.toLowerCase()}@example.com` } } }),
    });
    return ((await response.json()) as any).data.createCandidate.candidate.id;
  }

  it('leaves them off: queries, an idempotent mutation, and SSE and graphql-ws subscriptions with a subscriber leaving', async () => {
    expect(hooksBefore, 'the test process itself had promise hooks on, so this test cannot tell').toBe(false);

    const sse = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': tenant.adminKey },
      body: JSON.stringify({ query: EVENTS }),
    });
    const client = wsClient(server.url, tenant.adminKey);
    // Each reader stops at its first event (the SSE one leaves by cancelling its stream, the graphql-ws one by
    // completing its operation); created candidates make the events, without a sleep.
    const sseRead = readSse(sse, (event) => event.data?.candidateEvents !== undefined);
    const wsRead = collect(client, EVENTS, {}, () => true);
    let settled = false;
    const both = Promise.all([sseRead, wsRead]).finally(() => (settled = true));
    for (let i = 0; !settled && i < 50; i += 1) await create(`Warm${i}`);
    expect((await both).map((events) => events.length)).toEqual([1, 1]);
    await create('Idempotent', { 'idempotency-key': 'promise-hooks-1' });
    await client.dispose();

    expect(await promiseHooksOn()).toBe(false);
  });
});
