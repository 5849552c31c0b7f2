import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/**
 * What is read and thrown away after a 413 so the client sees the answer instead of a reset:
 * Node resets a connection that is closed while the client is still sending.
 */
export const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined) return null;
  const length = Number(header);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

/**
 * Answers 413 and keeps the connection usable: the rest of the body is read and discarded (Node
 * does this once the response ends) up to DRAIN_LIMIT_BYTES counted from the first byte, after
 * which the socket is cut.
 */
export function refuseOversized(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number, alreadyRead = 0) {
  let drained = alreadyRead;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
  const body = JSON.stringify({ errors: [{ message: `The request body exceeds ${maxBodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  // A client that waits for 100-continue will not send its body: nothing to drain, close at once.
  const closing = req.headers.expect !== undefined || declaredLength(req) === null || (declaredLength(req) ?? 0) > DRAIN_LIMIT_BYTES;
  res.writeHead(413, STATUS_CODES[413], {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...(closing ? { connection: 'close' } : {}),
  });
  res.end(body);
}

function bufferUpTo(req: IncomingMessage, maxBodyBytes: number): Promise<{ body: Buffer } | { tooLarge: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      req.pause();
      resolve({ tooLarge: size });
    };
    const onEnd = () => resolve({ body: Buffer.concat(chunks) });
    req.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

/**
 * The body-limit pre-check in front of the Fetch adapters. A declared Content-Length is checked
 * without reading; Node's parser guarantees the body is exactly that long, so the request goes on
 * untouched. A chunked body has no length, so it is read up to the limit and handed on as a
 * replayed stream that carries the original request's method, url, headers and socket.
 * Returns null when the 413 has been sent.
 */
export async function withinBodyLimit(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): Promise<IncomingMessage | null> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return req;
  const length = declaredLength(req);
  if (length !== null) {
    if (length > maxBodyBytes) {
      refuseOversized(req, res, maxBodyBytes);
      return null;
    }
    if (req.headers.expect?.toLowerCase() === '100-continue') res.writeContinue();
    return req;
  }
  if (req.headers.expect?.toLowerCase() === '100-continue') res.writeContinue();
  const read = await bufferUpTo(req, maxBodyBytes);
  if ('tooLarge' in read) {
    refuseOversized(req, res, maxBodyBytes, read.tooLarge);
    return null;
  }
  const replay = Readable.from([read.body]) as unknown as IncomingMessage;
  return Object.assign(replay, { method: req.method, url: req.url, headers: req.headers, socket: req.socket, httpVersion: req.httpVersion });
}
