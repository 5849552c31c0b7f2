import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';

const EVENTS = 3_000;

describe('a stalled SSE subscriber (pglite, real port)', () => {
  let gw: TestGateway;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    gw = await startTestGateway('pglite', { SUBSCRIBER_QUEUE_LIMIT: '64' }, { worker: false });
    key = (await gw.tenant()).adminKey;
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await gw?.close();
  });

  it(`survives ${EVENTS} events with bounded memory, disconnects the stalled client, and keeps accepting writes`, async () => {
    const target = new URL(server.url);
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest({
        host: target.hostname,
        port: target.port,
        method: 'POST',
        path: '/graphql',
        agent: false,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': key },
      });
      req.on('response', resolve).on('error', reject);
      req.end(JSON.stringify({ query: 'subscription { candidateEvents { id type candidate { fullName email } } }' }));
    });
    expect(response.statusCode).toBe(200);
    // The client never reads: everything the server sends piles up in socket buffers, then in the server.
    let ended = false;
    response.socket.on('close', () => (ended = true));

    const rssBefore = process.memoryUsage().rss;
    let next = 0;
    const writer = async () => {
      while (next < EVENTS) {
        const i = next++;
        const res = await gw.gql(key, 'mutation($n: String!) { createCandidate(input: { fullName: $n }) { __typename } }', { n: `Stalled Reader ${i}` });
        expect([res.data?.createCandidate?.__typename, res.errors]).toEqual(['CandidatePayload', undefined]);
      }
    };
    await Promise.all(Array.from({ length: 4 }, writer));
    const growthMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;

    // Reading now drains whatever the kernel held; the stream must then end, not go on.
    let text = '';
    response.on('data', (chunk: Buffer) => (text += chunk.toString()));
    response.on('error', () => {});
    const deadline = Date.now() + 15_000;
    while (!ended && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const delivered = (text.match(/^event: next$/gm) ?? []).length;
    console.info(`stalled SSE: ${EVENTS} events published, RSS grew ${growthMb.toFixed(1)} MB, ${delivered} delivered before the cut, error event seen: ${text.includes('SUBSCRIBER_TOO_SLOW')}`);
    expect(ended).toBe(true);
    expect(delivered).toBeLessThan(EVENTS);
    expect(growthMb).toBeLessThan(300);
    const after = await gw.gql(key, 'mutation { createCandidate(input: { fullName: "After The Stall" }) { __typename } }');
    expect(after.data?.createCandidate?.__typename).toBe('CandidatePayload');
  }, 400_000);
});
