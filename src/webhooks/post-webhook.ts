import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { DeliveryTarget } from './address-policy.js';

/** Receivers answer with little; more than this is not read, so a hostile one cannot fill memory. */
const RESPONSE_BODY_LIMIT = 4 * 1024;

export interface PostResult {
  statusCode: number | null;
  error: string | null;
}

/**
 * One POST to the vetted address. Redirects are not followed (a 3xx is a failed attempt),
 * the whole exchange is bounded by `timeoutMs`, and at most a few KB of the answer is read.
 */
export function postWebhook(target: DeliveryTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostResult> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as (err: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      target.url,
      {
        method: 'POST',
        lookup: pinned,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'candidate-gateway-webhooks/1', ...headers },
      },
      (response) => {
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > RESPONSE_BODY_LIMIT) response.destroy();
        });
        const statusCode = response.statusCode ?? null;
        const done = () => finish({ statusCode, error: statusCode !== null && statusCode >= 200 && statusCode < 300 ? null : `HTTP ${statusCode}` });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish({ statusCode: null, error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    request.on('error', (error) => finish({ statusCode: null, error: error.message.slice(0, 500) }));
    request.end(body);
  });
}
