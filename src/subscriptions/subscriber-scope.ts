import { AsyncLocalStorage } from 'node:async_hooks';

export const SUBSCRIBER_TOO_SLOW = 'SUBSCRIBER_TOO_SLOW';

/**
 * The transport a subscription is being served on (an SSE response, a graphql-ws socket), as
 * seen from inside the resolvers: pub/sub reaches it to disconnect a subscriber that fell behind,
 * which a stalled client never learns from its own (unread) stream.
 */
export interface SubscriberScope {
  disconnect(reason: string): void;
  /** Hands over how to end a pub/sub subscription opened for this subscriber, for when it leaves. */
  onLeave?(end: () => void): void;
}

export const subscriberScope = new AsyncLocalStorage<SubscriberScope>();

/**
 * Starts a subscription whose every step runs in `scope`. Resolvers' `subscribe` are async
 * generators: their bodies, and so their pub/sub subscriptions, start on the first `next()`, which
 * graphql-ws calls from its own loop long after `subscribe` returned. And a generator suspended
 * while it waits for an event takes `return()` only after that event: a subscriber that leaves
 * ends its pub/sub subscriptions first, so it does not stay registered until the next event.
 * (An SSE response runs its whole request inside the scope.)
 */
export async function subscribeWithin<T>(transport: SubscriberScope, subscribe: () => T | Promise<T>): Promise<T> {
  const leaving: (() => void)[] = [];
  const scope: SubscriberScope = { disconnect: (reason) => transport.disconnect(reason), onLeave: (end) => void leaving.push(end) };
  const result = await subscriberScope.run(scope, subscribe);
  if (result === null || typeof result !== 'object' || !(Symbol.asyncIterator in result)) return result;
  const iterator = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const within: AsyncIterableIterator<unknown> = {
    next: (...args: [] | [unknown]) => subscriberScope.run(scope, () => iterator.next(...args)),
    return: (value?: unknown) => {
      for (const end of leaving.splice(0)) end();
      return subscriberScope.run(scope, () => iterator.return?.(value) ?? Promise.resolve({ value, done: true as const }));
    },
    throw: (error?: unknown) => subscriberScope.run(scope, () => iterator.throw?.(error) ?? Promise.reject(error)),
    [Symbol.asyncIterator]: () => within,
  };
  return within as T;
}
