import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableBackends, isolatedTarget } from '../support/backends.js';
import { eventually } from '../support/harness.js';
import { startServerProcess, type ServerProcess } from '../support/processes.js';
import { startWebhookReceiver } from './webhook-receiver.js';

async function gql(server: ServerProcess, key: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query, variables }) });
  return ((await response.json()) as { data: any }).data;
}

const backends = await availableBackends();
const CANDIDATES = 6;

describe.each(backends)('webhooks survive kill -9 between commit and delivery on %s', (backend) => {
  it('delivers every committed event after a restart, each accepted once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cg-webhook-crash-'));
    const isolated = backend === 'postgres' ? await isolatedTarget('postgres') : null;
    const database = isolated ? { DATABASE_URL: (isolated.target as { url: string }).url, JOB_LEASE_MS: '2000' } : { DATABASE_URL: '' };
    const env = { DATA_DIR: dataDir, ...database, WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_TIMEOUT_MS: '60000', RATE_LIMIT_WRITES: '1000' };
    const receiver = await startWebhookReceiver();
    // Before the crash the receiver takes requests and never answers: deliveries are in flight or still queued when the process dies.
    receiver.answer = () => 'hold';
    let server = await startServerProcess(env, 180_000);
    try {
      const key = /\n {2}(cgw_\S+)\n/.exec(server.output())![1]!;
      const endpoint = await gql(server, key, `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: [CANDIDATE_CREATED] }) { ... on WebhookSecretPayload { secret endpoint { id } } } }`, { url: receiver.url });
      receiver.secrets = [endpoint.createWebhookEndpoint.secret];
      const ids: string[] = [];
      for (let i = 0; i < CANDIDATES; i += 1) {
        const created = await gql(server, key, `mutation($n: String!) { createCandidate(input: { fullName: $n }) { ... on CandidatePayload { candidate { id } } } }`, { n: `Crash Person ${i}` });
        ids.push(created.createCandidate.candidate.id);
      }
      await receiver.waitFor((r) => r.attempts.length >= 1);
      server.child.kill('SIGKILL');
      await server.exited;
      const heldBeforeCrash = receiver.attempts.length;

      receiver.answer = () => 204;
      server = await startServerProcess(env, 180_000);
      await receiver.waitFor((r) => new Set(r.accepted.map((e) => e.data.candidateId)).size === CANDIDATES, 120_000);
      expect(heldBeforeCrash).toBeGreaterThanOrEqual(1);
      expect(heldBeforeCrash).toBeLessThanOrEqual(CANDIDATES);
      expect(receiver.accepted.map((e) => e.data.candidateId).sort()).toEqual([...ids].sort());
      expect(new Set(receiver.accepted.map((e) => e.webhookId)).size).toBe(CANDIDATES);
      // The receiver answers before the gateway records the answer.
      await eventually(async () => {
        const deliveries = await gql(server, key, `query($id: ID!) { webhookDeliveries(endpointId: $id) { edges { node { status } } } }`, { id: endpoint.createWebhookEndpoint.endpoint.id });
        const statuses = deliveries.webhookDeliveries.edges.map((e: any) => e.node.status);
        return statuses.length === CANDIDATES && statuses.every((s: string) => s === 'SUCCEEDED') ? true : undefined;
      });
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
      await receiver.close();
      await rm(dataDir, { recursive: true, force: true });
      await isolated?.drop();
    }
  }, 600_000);
});
