import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A real graphql-ws client on a real port, authenticated like a browser app would be. */
export function wsClient(url: string, key: string): Client {
  // Not lazy: a lazy client closes its socket whenever its count of active operations touches zero.
  return createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { 'X-API-Key': key }, retryAttempts: 0, lazy: false });
}

/** Collects events of one subscription until `until` says stop, or the server completes it. */
export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown>, until: (event: T, all: T[]) => boolean, timeoutMs = 30_000): Promise<T[]> {
  const events: T[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      dispose();
      reject(new Error(`subscription timed out after ${events.length} events: ${JSON.stringify(events.at(-1))}`));
    }, timeoutMs);
    const dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) {
            clearTimeout(timer);
            dispose();
            reject(new Error(JSON.stringify(result.errors)));
            return;
          }
          events.push(result.data as T);
          if (until(result.data as T, events)) {
            clearTimeout(timer);
            dispose();
            resolve(events);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => {
          clearTimeout(timer);
          resolve(events);
        },
      },
    );
  });
}

/** Reads a GraphQL-over-SSE response (Yoga's distinct-connections mode) into its data events. */
export async function readSse(response: Response, until: (data: any) => boolean, timeoutMs = 30_000): Promise<any[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: any[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let split: number;
      while ((split = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
        if (!data) continue;
        const parsed = JSON.parse(data);
        events.push(parsed);
        if (until(parsed)) return events;
      }
    }
    return events;
  } finally {
    await reader.cancel().catch(() => {});
  }
}
