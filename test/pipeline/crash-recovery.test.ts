import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../resume/corpus/generate.js';
import { availableBackends, isolatedTarget } from '../support/backends.js';
import { MIME } from '../support/resumes.js';
import { startServerProcess, type ServerProcess } from '../support/processes.js';

async function gql(server: ServerProcess, key: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: any }).data;
}

const RATE = { RATE_LIMIT_UPLOADS: '1000', RATE_LIMIT_WRITES: '1000', RATE_LIMIT_READS: '100000' };

const backends = await availableBackends();

describe.each(backends)('résumé processing survives kill -9 of the gateway on %s', (backend) => {
  it('loses no accepted upload and creates every candidate exactly once after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cg-crash-'));
    const isolated = backend === 'postgres' ? await isolatedTarget('postgres') : null;
    const databaseUrl = isolated ? (isolated.target as { url: string }).url : '';
    const database = { DATABASE_URL: databaseUrl };
    const docs = await Promise.all(Array.from({ length: 12 }, (_, i) => generateDocument(9000 + i, i % 2 ? { kind: 'docx', layout: 'single' } : { kind: 'pdf', layout: 'single' })));
    let server = await startServerProcess({ DATA_DIR: dataDir, ...database, ...RATE });
    try {
      const key = /\n {2}(cgw_\S+)\n/.exec(server.output())![1]!;
      const user = await gql(server, key, `mutation { createUser(input: { email: "owner@crash.io", name: "Owner" }) { ... on UserPayload { user { id } } } }`);
      const ownerId = user.createUser.user.id;
      const ids: string[] = [];
      for (const doc of docs) {
        const accepted = await gql(server, key, `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } } }`, {
          input: { ownerId, fileName: `${doc.id}.${doc.kind}`, mimeType: MIME[doc.kind], contentBase64: Buffer.from(doc.bytes).toString('base64') },
        });
        ids.push(accepted.uploadResume.upload.id);
      }
      // Kill the process while the batch is part-way through: some finished, some not.
      for (;;) {
        const states = await gql(server, key, `{ ${ids.map((id, i) => `u${i}: resumeUpload(id: "${id}") { status }`).join(' ')} }`);
        const done = Object.values(states).filter((s: any) => s.status === 'COMPLETED').length;
        if (done >= 1) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      server.child.kill('SIGKILL');
      await server.exited;

      // On PostgreSQL another process may be running the jobs, so a crashed worker's runs are
      // retried only once their lease lapses. The lease stays the default, or a run slowed down by
      // a busy machine would be taken for a lost one; instead of waiting it out, the runs the
      // killed process held are moved back in time past it. The restarted process looks for
      // lapsed runs every JOB_LEASE_MS, which leaves the runs accepted before the crash their own lease.
      let restart = {};
      if (isolated) {
        const db = new pg.Client({ connectionString: databaseUrl });
        await db.connect();
        const lapsed = await db.query(`UPDATE pgboss.job SET started_on = started_on - expire_in - interval '1 second' WHERE state = 'active'`);
        await db.end();
        console.info(`crash recovery on ${backend}: ${lapsed.rowCount} runs held by the killed process`);
        restart = { JOB_LEASE_MS: '3000' };
      }
      server = await startServerProcess({ DATA_DIR: dataDir, ...database, ...restart, ...RATE });
      expect(server.output()).not.toContain('in use by another');
      // Waits for every upload to finish, however long a busy machine takes; the test's time limit bounds a regression.
      let states: Record<string, { status: string; outcome: string; candidate: { email: string } | null }> = {};
      for (;;) {
        states = await gql(server, key, `{ ${ids.map((id, i) => `u${i}: resumeUpload(id: "${id}") { status outcome candidate { email } }`).join(' ')} }`);
        if (Object.values(states).every((s) => s.status === 'COMPLETED' || s.status === 'FAILED')) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(Object.values(states).map((s) => s.outcome)).toEqual(docs.map(() => 'CANDIDATE_CREATED'));
      expect(Object.values(states).map((s) => s.candidate?.email)).toEqual(docs.map((d) => d.expected.email));
      const all = await gql(server, key, `{ candidates(first: 100) { totalCount edges { node { email } } } }`);
      expect(all.candidates.totalCount).toBe(docs.length);
      expect(new Set(all.candidates.edges.map((e: any) => e.node.email)).size).toBe(docs.length);
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
      await rm(dataDir, { recursive: true, force: true });
      await isolated?.drop();
    }
  }, 150_000);
});
