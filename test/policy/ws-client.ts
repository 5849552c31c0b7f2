import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface WsConnection {
  client: Client;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
  /** Resolves once the connection has been acknowledged. */
  connected: Promise<void>;
  run<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, any> }[] }>;
}

/** A real graphql-ws client on a real port, authenticated by connection params as browsers do. */
export function connectWs(port: number, key: string, connectionParams: Record<string, unknown> = { 'X-API-Key': key }): WsConnection {
  let onClosed!: (code: number) => void;
  let onConnected!: () => void;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    onNonLazyError: () => {},
    retryAttempts: 0,
    on: { connected: () => onConnected(), closed: (event) => onClosed((event as { code: number }).code) },
  });
  return {
    client,
    closed,
    connected,
    run: (query, variables) =>
      new Promise((resolve, reject) => {
        let result: any;
        client.subscribe({ query, variables }, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
      }),
  };
}
