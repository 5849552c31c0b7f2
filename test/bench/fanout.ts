import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { BENCH } from './config.js';
import { send } from './load.js';
import type { RunningPeer } from './spawn.js';

export interface FanOutResult {
  subscribers: number;
  mutationP50: number;
  /** Milliseconds from the mutation's response to each client's event (negative: the event came first). */
  deliveryP50: number;
  deliveryP99: number;
  /** Events received ÷ events expected (subscribers × mutations). */
  completeness: number;
  statementsPerEvent: number;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function gql(peer: RunningPeer, key: string, query: string, variables: Record<string, unknown>) {
  const { body } = await send(peer.url, { path: '/graphql', method: 'POST', headers: { 'x-api-key': key }, body: JSON.stringify({ query, variables }) });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Record<string, Record<string, unknown>>;
}

async function newCandidates(peer: RunningPeer, key: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const data = await gql(peer, key, 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ... on CandidatePayload { candidate { id } } } }', {
      input: { fullName: `Fan Out ${Date.now()} ${i}`, email: `fanout-${process.pid}-${Date.now()}-${i}@example.com` },
    });
    ids.push((data.createCandidate!.candidate as { id: string }).id);
  }
  return ids;
}

/**
 * N graphql-ws clients subscribe to `candidateEvents`; each invitation must reach every one of them.
 * Mutations go one at a time, each waiting until every client has its event (or 15 s passed).
 */
export async function measureFanOut(peer: RunningPeer, key: string, subscribers: number): Promise<FanOutResult> {
  const candidates = await newCandidates(peer, key, BENCH.fanOutEvents);
  const clients: Client[] = [];
  const arrivals = new Map<string, number[]>();
  let waiting: { candidateId: string; resolve: () => void } | null = null;
  for (let i = 0; i < subscribers; i += 1) {
    const client = createClient({ url: peer.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { 'x-api-key': key }, lazy: false, retryAttempts: 0 });
    clients.push(client);
    client.subscribe<{ candidateEvents: { candidateId: string; toStatus: string | null } }>(
      { query: 'subscription { candidateEvents { id type toStatus candidateId createdAt } }' },
      {
        next: ({ data }) => {
          const event = data?.candidateEvents;
          if (!event || event.toStatus !== 'INVITED') return;
          const list = arrivals.get(event.candidateId) ?? [];
          list.push(performance.now());
          arrivals.set(event.candidateId, list);
          if (waiting?.candidateId === event.candidateId && list.length === subscribers) waiting.resolve();
        },
        error: (error) => console.error('subscriber error', error),
        complete: () => {},
      },
    );
    if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // graphql-ws has no "subscribed" callback: a warm-up event that reaches everyone proves the subscriptions are live.
  await settleSubscribers(peer, key, subscribers, arrivals, (w) => (waiting = w));
  const mutationMs: number[] = [];
  const delivery: number[] = [];
  const statementsBefore = (await peer.stats()).statements;
  for (const candidateId of candidates) {
    const done = new Promise<void>((resolve) => {
      waiting = { candidateId, resolve };
      if (subscribers === 0) resolve();
    });
    const started = performance.now();
    await gql(peer, key, 'mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { __typename } }', { input: { candidateId } });
    const responded = performance.now();
    mutationMs.push(responded - started);
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    for (const at of arrivals.get(candidateId) ?? []) delivery.push(at - responded);
  }
  const statements = (await peer.stats()).statements - statementsBefore;
  for (const client of clients) await client.dispose();
  const received = candidates.reduce((sum, id) => sum + (arrivals.get(id)?.length ?? 0), 0);
  return {
    subscribers,
    mutationP50: percentile(mutationMs, 50),
    deliveryP50: percentile(delivery, 50),
    deliveryP99: percentile(delivery, 99),
    completeness: subscribers === 0 ? 1 : received / (subscribers * candidates.length),
    statementsPerEvent: statements / candidates.length,
  };
}

/** Invites a throw-away candidate until every subscriber sees it: only then are all subscriptions live (and the path is warm). */
async function settleSubscribers(
  peer: RunningPeer,
  key: string,
  subscribers: number,
  arrivals: Map<string, number[]>,
  setWaiting: (w: { candidateId: string; resolve: () => void } | null) => void,
) {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const [candidateId] = await newCandidates(peer, key, 1);
    const done = new Promise<void>((resolve) => setWaiting({ candidateId: candidateId!, resolve }));
    await gql(peer, key, 'mutation($input: InviteCandidateInput!) { inviteCandidate(input: $input) { __typename } }', { input: { candidateId } });
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if ((arrivals.get(candidateId!)?.length ?? 0) === subscribers) return;
  }
  // Measured anyway: the completeness column then shows how many subscriptions never went live.
  console.error(`only some of ${subscribers} subscribers were live after the warm-up events`);
}
