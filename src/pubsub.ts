import type { CandidateEvent, Notification } from './generated/prisma/client.js';
import type { Logger } from './logger.js';
import { createFanOut, type FanOut } from './subscriptions/fan-out.js';
import { BoundedSubscription } from './subscriptions/bounded-subscription.js';
import type { SubscriberScope } from './subscriptions/subscriber-scope.js';

/**
 * The whole history entry travels with the event, so subscribers answer from the message instead of
 * each reading the row again: one event costs no SQL however many listen. Dates are ISO strings
 * because the message crosses Redis as JSON.
 */
export type CandidateEventMessage = Omit<CandidateEvent, 'createdAt'> & { createdAt: string };

/** A snapshot of an upload's processing state: every stage reaches subscribers, however fast. */
export interface ResumeProgressMessage {
  uploadId: string;
  organizationId: string;
  status: string;
  stage: string;
  progress: number;
  outcome: string | null;
  error: string | null;
  candidateId: string | null;
}

/** The whole notification, like a candidate event: subscribers are answered from the message. */
export type NotificationMessage = Omit<Notification, 'createdAt' | 'readAt'> & { createdAt: string; readAt: string | null };

export type Topics = {
  /** Keyed by organization: listeners filter further by job position. */
  'candidate:event': [organizationId: string, message: CandidateEventMessage];
  'resume:progress': [uploadId: string, message: ResumeProgressMessage];
  notification: [organizationId: string, message: NotificationMessage];
  /** Every instance drops the key from its authentication cache at once. */
  'api-key:revoked': [scope: 'all', message: { prefix: string }];
};

export interface GatewayPubSub {
  /** Never throws: a publish after a commit must not turn a committed write into an error. */
  publish<K extends keyof Topics>(routingKey: K, id: Topics[K][0], message: Topics[K][1]): void;
  /** `scope` is the subscriber's transport (`ctx.subscriber`), disconnected if it falls behind. */
  subscribe<K extends keyof Topics>(routingKey: K, id: Topics[K][0], scope?: SubscriberScope | null): AsyncIterableIterator<Topics[K][1]>;
  /** `memory` without REDIS_URL; `degraded` while Redis is unreachable (events then stay on this instance). */
  health(): 'memory' | 'ok' | 'degraded';
  /** Completes every open subscription (graceful shutdown): clients receive `complete`. */
  completeAll(): void;
  close(): Promise<void>;
}

export interface PubSubOptions {
  redisUrl?: string | undefined;
  logger: Logger;
  /** Events one subscriber may fall behind by before it is disconnected. */
  queueLimit: number;
  /** Told each time a subscriber is disconnected for falling behind. */
  onSlowSubscriber?: () => void;
}

/**
 * Typed topics over a fan-out that is in memory for one process, or through Redis when REDIS_URL
 * is set so every instance hears every event. Each subscriber gets a bounded queue.
 */
export function createGatewayPubSub(options: PubSubOptions): GatewayPubSub {
  const fanOut: FanOut = createFanOut(options.redisUrl, options.logger);
  const open = new Set<BoundedSubscription<unknown>>();
  const log = options.logger.child({ component: 'pubsub' });

  return {
    publish(routingKey, id, message) {
      try {
        fanOut.publish(`${routingKey}:${id}`, message);
      } catch (error) {
        log.warn({ err: error, topic: routingKey }, 'publish failed');
      }
    },
    subscribe<K extends keyof Topics>(routingKey: K, id: Topics[K][0], scope?: SubscriberScope | null) {
      const topic = `${routingKey}:${id}`;
      const listener = (message: unknown) => subscription.push(message as Topics[K][1]);
      const subscription: BoundedSubscription<Topics[K][1]> = new BoundedSubscription<Topics[K][1]>(
        options.queueLimit,
        () => {
          fanOut.unsubscribe(topic, listener);
          open.delete(subscription as BoundedSubscription<unknown>);
        },
        (error) => {
          log.warn({ topic: routingKey, limit: options.queueLimit }, 'disconnecting a subscriber that fell behind');
          options.onSlowSubscriber?.();
          scope?.disconnect(error.message);
        },
      );
      open.add(subscription as BoundedSubscription<unknown>);
      scope?.onLeave?.(() => subscription.complete());
      fanOut.subscribe(topic, listener);
      return subscription;
    },
    health: () => fanOut.health(),
    completeAll() {
      for (const subscription of [...open]) subscription.complete();
    },
    async close() {
      for (const subscription of [...open]) subscription.complete();
      await fanOut.close();
    },
  };
}
