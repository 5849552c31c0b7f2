import autocannon from 'autocannon';
import { BENCH } from './config.js';

export interface HttpRequest {
  path: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  failures: number;
  requests: number;
  /** The server's CPU time per answered request: what the machine's load cannot distort much. */
  cpuMsPerRequest?: number;
}

/** One autocannon run: 10 keep-alive connections for the configured seconds. */
export async function load(baseUrl: string, request: HttpRequest, seconds: number = BENCH.duration): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl + request.path,
    method: request.method,
    headers: { 'content-type': 'application/json', ...request.headers },
    ...(request.body ? { body: request.body } : {}),
    connections: BENCH.connections,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

/** One request by hand, to prove the answer is complete before it is timed. */
export async function send(baseUrl: string, request: HttpRequest): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  const response = await fetch(baseUrl + request.path, {
    method: request.method,
    headers: { 'content-type': 'application/json', ...request.headers },
    ...(request.body ? { body: request.body } : {}),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}
