import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedTarget, type IsolatedTarget } from '../support/backends.js';
import { startServerProcess, type ServerProcess } from '../support/processes.js';
import { send } from './http-raw.js';

describe('two instances booting at once on one empty PostgreSQL database, then SIGTERM with an open SSE stream', () => {
  let database: IsolatedTarget;
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];

  afterAll(async () => {
    for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
    await database?.drop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('both become healthy (one creates the default organization), and SIGTERM completes the stream and exits 0', async () => {
    database = await isolatedTarget('postgres');
    const url = (database.target as { url: string }).url;
    const env = async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cg-boot-'));
      dirs.push(dir);
      return { DATABASE_URL: url, DATA_DIR: dir, SHUTDOWN_TIMEOUT_MS: '10000' };
    };
    const [one, two] = await Promise.all([startServerProcess(await env(), 180_000), startServerProcess(await env(), 180_000)]);
    servers.push(one!, two!);
    for (const s of servers) {
      const ready = await send(s.url, { path: '/readyz' });
      expect([ready.status, JSON.parse(ready.body).status]).toEqual([200, 'ready']);
    }
    const keys = servers.map((s) => /^\s+(cgw_\S+)$/m.exec(s.output())?.[1]).filter(Boolean);
    expect(keys).toHaveLength(1);

    const target = new URL(one!.url);
    let streamed = '';
    const stream = new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: target.hostname, port: target.port, method: 'POST', path: '/graphql', agent: false, headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': keys[0]! } });
      req.on('response', (res) => {
        res.on('data', (c: Buffer) => (streamed += c.toString()));
        res.on('end', () => resolve());
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(JSON.stringify({ query: 'subscription { candidateEvents { id } }' }));
    });
    // The subscription is open once the server has flushed its first bytes.
    while (!streamed) await new Promise((r) => setTimeout(r, 50));
    const signalled = Date.now();
    one!.child.kill('SIGTERM');
    await stream;
    const code = await one!.exited;
    console.info(`SIGTERM: stream completed and process exited ${code} in ${Date.now() - signalled} ms`);
    expect(streamed).toMatch(/event: complete/);
    expect(code).toBe(0);
    expect((await send(two!.url, { path: '/healthz' })).status).toBe(200);
  }, 400_000);
});
