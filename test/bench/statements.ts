import { send, type HttpRequest } from './load.js';
import type { RunningPeer } from './spawn.js';

const SAMPLES = 20;

/** SQL statements per request, counted by the peer's own pool (or Prisma's query events) over sequential requests. */
export async function statementsPerRequest(peer: RunningPeer, request: HttpRequest): Promise<number> {
  const before = (await peer.stats()).statements;
  for (let i = 0; i < SAMPLES; i += 1) await send(peer.url, request);
  return ((await peer.stats()).statements - before) / SAMPLES;
}

/** A peer that answers with errors, or no data, is not measured: its speed would mean nothing. */
export async function assertComplete(peer: RunningPeer, workload: string, request: HttpRequest): Promise<void> {
  const { status, body } = await send(peer.url, request);
  const empty = (value: unknown): boolean => value == null || (typeof value === 'object' && Object.values(value).every(empty));
  if (status !== 200 || body.errors || empty(body.data)) {
    throw new Error(`${peer.name} answered ${workload} with ${status}: ${JSON.stringify(body).slice(0, 400)}`);
  }
}
