import { AsyncLocalStorage } from 'node:async_hooks';

export const SUBSCRIBER_TOO_SLOW = 'SUBSCRIBER_TOO_SLOW';

/**
 * The transport a subscription is being served on (an SSE response, a graphql-ws socket), as
 * seen from inside the resolvers: pub/sub reaches it to disconnect a subscriber that fell behind,
 * which a stalled client never learns from its own (unread) stream.
 */
export interface SubscriberScope {
  disconnect(reason: string): void;
}

export const subscriberScope = new AsyncLocalStorage<SubscriberScope>();
