import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';

type FetchHandler = (request: Request) => Promise<Response> | Response;

export interface BridgeOptions {
  /** Larger bodies are refused with 413 before the handler sees them. */
  maxBodyBytes?: number;
}

function payloadTooLarge(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number) {
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message: `The request body exceeds ${maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
  // Drain what the client still sends so it reads the 413 instead of a reset connection, but
  // only up to another limit's worth: a client that never stops sending is cut off.
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > maxBodyBytes) req.socket.destroy();
  });
  req.resume();
}

/** The whole body, or null as soon as it grows past the limit (the rest is left to drain, not destroyed). */
function readBody(req: IncomingMessage, maxBodyBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

// Bridges node:http to a Fetch handler with Node's own Request/Response. Yoga's node adapter
// (@whatwg-node/server 0.11) never finished writing responses on Node 20 here, while its Fetch
// entry point works, so node:http is adapted to Fetch in this one place.
export async function serveFetch(req: IncomingMessage, res: ServerResponse, handler: FetchHandler, options: BridgeOptions = {}): Promise<void> {
  const host = req.headers.host ?? 'localhost';
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const { maxBodyBytes } = options;
  let body: ReadableStream<Uint8Array> | Buffer | undefined;
  if (hasBody && maxBodyBytes === undefined) body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
  else if (hasBody && maxBodyBytes !== undefined) {
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return payloadTooLarge(req, res, maxBodyBytes);
    const buffered = await readBody(req, maxBodyBytes);
    if (!buffered) return payloadTooLarge(req, res, maxBodyBytes);
    body = buffered;
  }
  const abort = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const request = new Request(url, {
    method: req.method,
    headers,
    body,
    signal: abort.signal,
    ...(body && !Buffer.isBuffer(body) ? { duplex: 'half' } : {}),
  } as RequestInit);
  const response = await handler(request);
  const outHeaders: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie') return;
    outHeaders[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) outHeaders['set-cookie'] = cookies;
  res.writeHead(response.status, response.statusText, outHeaders);
  if (!response.body) {
    res.end();
    return;
  }
  // Streams (SSE) must reach the client chunk by chunk.
  res.flushHeaders();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve));
    }
  } catch {
    // The client went away; nothing more to send.
  } finally {
    res.end();
  }
}
