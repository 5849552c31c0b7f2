import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedAttempt {
  webhookId: string;
  headers: Record<string, string>;
  body: string;
  answered: number | 'held';
}

export interface AcceptedEvent {
  webhookId: string;
  type: string;
  timestamp: string;
  data: Record<string, any>;
}

export interface WebhookReceiver {
  url: string;
  attempts: ReceivedAttempt[];
  accepted: AcceptedEvent[];
  /** Secrets a delivery must verify with; set once the endpoint exists. */
  secrets: string[];
  /** Decides the answer to each attempt: a status, or 'hold' to never answer. */
  answer: (attempt: { webhookId: string; attemptNumber: number }) => number | 'hold';
  waitFor(check: (r: WebhookReceiver) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real HTTP receiver that verifies every delivery with the standardwebhooks library, as an
 * integrator would, and records each event it accepts once per webhook-id (a second accepted
 * delivery of one id is recorded too, so the test can see duplicates).
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const perId = new Map<string, number>();
  const held = new Set<ServerResponse>();
  const waiters = new Set<() => void>();
  const receiver: WebhookReceiver = {
    url: '',
    attempts: [],
    accepted: [],
    secrets: [],
    answer: () => 204,
    waitFor(check, timeoutMs = 90_000) {
      if (check(receiver)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(listener);
          reject(new Error(`receiver condition not met within ${timeoutMs} ms; attempts: ${JSON.stringify(receiver.attempts.map((a) => [a.webhookId, a.answered]))}`));
        }, timeoutMs);
        const listener = () => {
          if (!check(receiver)) return;
          clearTimeout(timer);
          waiters.delete(listener);
          resolve();
        };
        waiters.add(listener);
      });
    },
    async close() {
      for (const response of held) response.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
      const webhookId = headers['webhook-id'] ?? '';
      const attemptNumber = (perId.get(webhookId) ?? 0) + 1;
      perId.set(webhookId, attemptNumber);
      const decided = receiver.answer({ webhookId, attemptNumber });
      const attempt: ReceivedAttempt = { webhookId, headers, body, answered: decided === 'hold' ? 'held' : decided };
      receiver.attempts.push(attempt);
      if (decided === 'hold') {
        held.add(response);
        notify();
        return;
      }
      if (decided >= 200 && decided < 300) {
        // Every secret in force must verify the delivery on its own, as receivers mid-rotation rely on.
        for (const secret of receiver.secrets) {
          try {
            new Webhook(secret).verify(body, headers);
          } catch (error) {
            attempt.answered = 401;
            response.writeHead(401).end(String(error));
            notify();
            return;
          }
        }
        const parsed = JSON.parse(body) as Omit<AcceptedEvent, 'webhookId'>;
        receiver.accepted.push({ webhookId, ...parsed });
      }
      response.writeHead(decided).end();
      notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}
