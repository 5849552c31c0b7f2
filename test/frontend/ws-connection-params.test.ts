import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';
import { connectWs } from '../policy/ws-client.js';

describe('graphql-ws authentication: every documented connectionParams shape', () => {
  let gw: TestGateway;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    gw = await startTestGateway('pglite');
    key = (await gw.tenant()).adminKey;
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    await gw?.close();
  });

  const shapes: [string, (k: string) => Record<string, unknown>][] = [
    ['X-API-Key', (k) => ({ 'X-API-Key': k })],
    ['apiKey', (k) => ({ apiKey: k })],
    ['Authorization', (k) => ({ Authorization: `Bearer ${k}` })],
    ['authToken', (k) => ({ authToken: k })],
    ['authToken with Bearer', (k) => ({ authToken: `Bearer ${k}` })],
    ['headers.X-API-Key', (k) => ({ headers: { 'X-API-Key': k } })],
    ['headers.x-api-key', (k) => ({ headers: { 'x-api-key': k } })],
    ['headers.Authorization', (k) => ({ headers: { Authorization: `Bearer ${k}` } })],
  ];

  it.each(shapes)('accepts { %s }', async (_name, params) => {
    const ws = connectWs(server.port, key, params(key));
    const result = await ws.run<{ viewer: { scopes: string[] } }>('{ viewer { scopes } }');
    expect(result.data?.viewer.scopes).toContain('admin');
    await ws.client.dispose();
  });

  it.each(shapes)('closes { %s } with a wrong key with 4403', async (_name, params) => {
    const ws = connectWs(server.port, key, params(`${key.slice(0, -4)}abcd`));
    expect(await ws.closed).toBe(4403);
  });

  it('closes a connection without any key with 4403', async () => {
    expect(await connectWs(server.port, key, { headers: {} }).closed).toBe(4403);
  });
});
