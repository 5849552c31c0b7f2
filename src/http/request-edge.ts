import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';

// A host name, IPv4 or bracketed IPv6 literal, with an optional port: anything else in Host
// would change the URL the Fetch handlers see (a "/" starts a path, an "@" a user name).
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export function validHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  if (!HOST.test(host)) return false;
  try {
    new URL(`http://${host}/`);
    return true;
  } catch {
    return false;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, STATUS_CODES[status], {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function edgeError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** Methods the WHATWG Request refuses to carry (TRACE, CONNECT, TRACK) never reach a handler. */
export function methodAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  return allowed.includes(req.method ?? '');
}

/** GraphQL over HTTP GET: `query`, `variables` and `extensions` must decode, the latter two as JSON objects. */
export function malformedGraphQLGet(url: string): string | null {
  const search = url.indexOf('?') >= 0 ? url.slice(url.indexOf('?') + 1) : '';
  for (const part of search.split('&')) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return 'The query string has an invalid percent-encoding';
    }
  }
  const params = new URLSearchParams(search);
  for (const name of ['variables', 'extensions']) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return `The "${name}" parameter is not valid JSON`;
    }
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) return `The "${name}" parameter must be a JSON object`;
  }
  return null;
}
