export const SUBSCRIBER_TOO_SLOW = 'SUBSCRIBER_TOO_SLOW';

/**
 * The transport a subscription is being served on (an SSE response, a graphql-ws socket), handed to
 * resolvers in the context: pub/sub reaches it to disconnect a subscriber that fell behind, which a
 * stalled client never learns from its own (unread) stream. It travels in the context rather than
 * in an AsyncLocalStorage because, on Node 20, one storage in use puts a hook on every promise of
 * every request (see test/bench/EXPERIMENTS.md).
 */
export interface SubscriberScope {
  disconnect(reason: string): void;
  /** Hands over how to end a pub/sub subscription opened for this subscriber, for when it leaves. */
  onLeave?(end: () => void): void;
}

/**
 * A scope for one graphql-ws subscription, and the guard for its result. A resolver's `subscribe`
 * is an async generator, and one suspended while it waits for an event takes `return()` only after
 * that event: a subscriber that leaves ends its pub/sub subscriptions first, so it does not stay
 * registered until the next event. (An SSE subscription ends with its response.)
 */
export function leavingScope(transport: SubscriberScope) {
  const leaving: (() => void)[] = [];
  const scope: SubscriberScope = { disconnect: (reason) => transport.disconnect(reason), onLeave: (end) => void leaving.push(end) };
  function guard<T>(result: T): T {
    if (result === null || typeof result !== 'object' || !(Symbol.asyncIterator in result)) return result;
    const iterator = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    const within: AsyncIterableIterator<unknown> = {
      next: (...args: [] | [unknown]) => iterator.next(...args),
      return: (value?: unknown) => {
        for (const end of leaving.splice(0)) end();
        return iterator.return?.(value) ?? Promise.resolve({ value, done: true as const });
      },
      throw: (error?: unknown) => iterator.throw?.(error) ?? Promise.reject(error),
      [Symbol.asyncIterator]: () => within,
    };
    return within as T;
  }
  return { scope, guard };
}
