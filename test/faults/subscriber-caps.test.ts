import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';
import { wsClient } from '../support/subscriptions.js';

describe('per-key caps on graphql-ws connections and subscriptions (pglite, real port)', () => {
  let gw: TestGateway;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    gw = await startTestGateway('pglite', { WS_MAX_CONNECTIONS_PER_KEY: '2', MAX_SUBSCRIPTIONS_PER_KEY: '2' }, { worker: false });
    key = (await gw.tenant()).adminKey;
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await gw?.close();
  });

  it('closes a connection over the cap with 4029 and refuses a subscription over the cap with TOO_MANY_SUBSCRIPTIONS', async () => {
    const connected = (client: ReturnType<typeof wsClient>) =>
      new Promise<{ ok: true } | { code: number }>((resolve) => {
        client.on('connected', () => resolve({ ok: true }));
        client.on('closed', (event) => resolve({ code: (event as { code: number }).code }));
      });
    const clients = [wsClient(server.url, key), wsClient(server.url, key), wsClient(server.url, key)];
    const outcomes = await Promise.all(clients.map(connected));
    expect(outcomes.filter((o) => 'ok' in o)).toHaveLength(2);
    expect(outcomes.filter((o) => 'code' in o)).toEqual([{ code: 4029 }]);

    const open = clients.filter((_, i) => 'ok' in outcomes[i]!);
    const subscribe = (client: ReturnType<typeof wsClient>) =>
      new Promise<string | null>((resolve) => {
        client.subscribe({ query: 'subscription { candidateEvents { id } }' }, { next: (r) => resolve((r.errors?.[0]?.extensions?.code as string) ?? null), error: (e) => resolve(JSON.stringify(e)), complete: () => resolve('complete') });
        setTimeout(() => resolve(null), 1_500);
      });
    expect(await subscribe(open[0]!)).toBeNull();
    expect(await subscribe(open[1]!)).toBeNull();
    expect(await subscribe(open[0]!)).toBe('TOO_MANY_SUBSCRIPTIONS');
    for (const client of clients) await client.dispose();
  });
});
