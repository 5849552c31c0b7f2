import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';

const QUEUE_LIMIT = 4;
// Large events fill the socket buffers between a stalled reader and the server within a few dozen events.
const NOTES = 'x'.repeat(10_000);
const NOTES_ALIASES = Array.from({ length: 24 }, (_, i) => `n${i}: notes`).join(' ');
const QUERY = `subscription { candidateEvents { candidateId candidate { ${NOTES_ALIASES} } } }`;

interface RawClient {
  socket: WebSocket;
  /** The TCP connection under the WebSocket: pausing it stops reading at the kernel, as a stalled client does. */
  tcp: Socket;
  messages: { type: string; payload?: any }[];
  /** Resolves with the first message that satisfies `match`, among those received so far or later. */
  waitFor(match: (message: { type: string; payload?: any }) => boolean): Promise<{ type: string; payload?: any }>;
}

/** A bare graphql-transport-ws client, so the test can stop reading from its socket. */
async function rawClient(url: string, key: string): Promise<RawClient> {
  const socket = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
  const messages: { type: string; payload?: any }[] = [];
  const waiters: { match: (m: { type: string; payload?: any }) => boolean; resolve: (m: { type: string; payload?: any }) => void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (!waiter.match(message)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
  });
  const tcp = new Promise<Socket>((resolve) => socket.once('upgrade', (response) => resolve(response.socket)));
  const client: RawClient = {
    socket,
    tcp: undefined as unknown as Socket,
    messages,
    waitFor: (match) => {
      const seen = messages.find(match);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
  await new Promise<void>((resolve, reject) => socket.once('open', resolve).once('error', reject));
  client.tcp = await tcp;
  socket.send(JSON.stringify({ type: 'connection_init', payload: { 'X-API-Key': key } }));
  await client.waitFor((m) => m.type === 'connection_ack');
  return client;
}

describe('a graphql-ws subscriber that stops reading (pglite, real port)', () => {
  let gw: TestGateway;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    gw = await startTestGateway('pglite', { SUBSCRIBER_QUEUE_LIMIT: String(QUEUE_LIMIT) }, { worker: false });
    key = (await gw.tenant()).adminKey;
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await gw?.close();
  });

  const disconnects = async () => (await gw.app.services.metrics.slowSubscriberDisconnects.get()).values[0]?.value ?? 0;
  // Over the real port, like the subscribers: each write then lets the event loop serve the sockets.
  const create = async (i: number) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({
        query: 'mutation($n: String!, $notes: String!) { createCandidate(input: { fullName: $n, notes: $notes }) { ... on CandidatePayload { candidate { id } } } }',
        variables: { n: `Stalled Socket ${i}`, notes: NOTES },
      }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data.createCandidate.candidate.id as string;
  };

  const saw = (client: RawClient, id: string) => client.messages.some((m) => m.type === 'next' && m.payload.data.candidateEvents.candidateId === id);
  const openSockets = async () => (await gw.app.services.metrics.websocketConnections.get()).values[0]?.value ?? 0;
  const activeSubscriptions = async () => (await gw.app.services.metrics.activeSubscriptions.get()).values[0]?.value ?? 0;
  const closeOf = (client: RawClient) => new Promise<{ code: number; reason: string }>((resolve) => client.socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));

  /** Waits for `done`, checking every 20 ms, at most `ms` (a bound for regressions, not a sleep). */
  async function until(done: () => Promise<boolean>, ms: number) {
    const started = Date.now();
    while (!(await done()) && Date.now() - started < ms) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /** Two live subscribers; the first stops reading and events are published until the server cuts it. */
  async function cutAStalledSubscriber() {
    // Sockets of an earlier test are gone first, so the gauge counts exactly this test's two.
    await until(async () => (await openSockets()) === 0, 10_000);
    expect(await openSockets()).toBe(0);
    const stalled = await rawClient(server.url, key);
    const healthy = await rawClient(server.url, key);
    for (const client of [stalled, healthy]) client.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY } }));

    // Both subscriptions are live once each has seen an event: created candidates prove it, without a sleep.
    const warmUps: string[] = [];
    while (!warmUps.some((id) => saw(stalled, id) && saw(healthy, id)) && warmUps.length < 50) warmUps.push(await create(-1 - warmUps.length));
    expect(warmUps.some((id) => saw(stalled, id) && saw(healthy, id))).toBe(true);

    const before = await disconnects();
    stalled.tcp.pause();
    const created: string[] = [];
    // Events are published until the server gives up on the stalled subscriber; a bound keeps a regression from looping forever.
    while ((await disconnects()) === before && created.length < 2_000) {
      created.push(await create(created.length));
    }
    expect(await disconnects()).toBe(before + 1);
    return { stalled, healthy, created };
  }

  /** The healthy subscriber got every event, and gets the next one, which the stalled one can no longer be sent. */
  async function healthyKeepsReceiving(healthy: RawClient, stalled: RawClient, created: string[]) {
    const afterTheCut = await create(-1_000);
    await healthy.waitFor((m) => m.type === 'next' && m.payload.data.candidateEvents.candidateId === afterTheCut);
    expect(created.every((id) => saw(healthy, id))).toBe(true);
    expect(saw(stalled, afterTheCut)).toBe(false);
  }

  it('closes the socket of a stalled subscriber with 4008 SUBSCRIBER_TOO_SLOW once it reads again, while another subscriber keeps receiving', async () => {
    const { stalled, healthy, created } = await cutAStalledSubscriber();
    // The client reads again right after the cut: behind what the server had already sent comes the close frame.
    const closed = closeOf(stalled);
    const resumedAt = Date.now();
    stalled.tcp.resume();
    // The bound only turns a regression (a socket left open) into a clear failure.
    const stillOpen = new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), 30_000).unref());
    expect(await Promise.race([closed, stillOpen])).toEqual({ code: 4008, reason: 'SUBSCRIBER_TOO_SLOW' });
    const delivered = created.filter((id) => saw(stalled, id));
    console.info(`stalled graphql-ws subscriber: cut after ${created.length} events of about ${NOTES.length * 24} bytes; read again, got ${delivered.length} of them and close 4008 in ${Date.now() - resumedAt} ms`);
    expect(delivered.length).toBeLessThan(created.length);
    expect(stalled.messages.some((m) => m.type === 'error' || m.type === 'complete')).toBe(false);

    await healthyKeepsReceiving(healthy, stalled, created);

    // A subscriber that leaves is forgotten at once, not when the next event would have reached it.
    const left = closeOf(healthy);
    healthy.socket.close();
    await left;
    await until(async () => (await openSockets()) + (await activeSubscriptions()) === 0, 10_000);
    expect([await openSockets(), await activeSubscriptions()]).toEqual([0, 0]);
  }, 150_000);

  it('ends the TCP connection of a subscriber that never reads again, without waiting for its close handshake', async () => {
    const { stalled, healthy, created } = await cutAStalledSubscriber();
    const cutAt = Date.now();
    // The gauge drops when the server's socket closes; the paused client cannot have answered a close frame.
    await until(async () => (await openSockets()) < 2, 20_000);
    expect(await openSockets()).toBe(1);
    console.info(`stalled graphql-ws subscriber that never reads: server ended its connection ${Date.now() - cutAt} ms after the cut`);
    await healthyKeepsReceiving(healthy, stalled, created);

    // Reading now yields what the kernel held, then the end of the connection: the close frame was
    // still queued behind an unsent event when the server gave up, so the client sees 1006.
    const closed = closeOf(stalled);
    stalled.tcp.resume();
    expect((await closed).code).toBe(1006);
    const left = closeOf(healthy);
    healthy.socket.close();
    await left;
  }, 150_000);
});
