import type { Logger } from '../logger.js';
import { createResilientRedis } from '../redis/resilient-redis.js';

type Listener = (message: unknown) => void;

export interface FanOut {
  publish(topic: string, message: unknown): void;
  subscribe(topic: string, listener: Listener): void;
  unsubscribe(topic: string, listener: Listener): void;
  health(): 'memory' | 'ok' | 'degraded';
  close(): Promise<void>;
}

function localListeners() {
  const byTopic = new Map<string, Set<Listener>>();
  return {
    byTopic,
    add(topic: string, listener: Listener): boolean {
      const set = byTopic.get(topic) ?? new Set();
      byTopic.set(topic, set);
      set.add(listener);
      return set.size === 1;
    },
    remove(topic: string, listener: Listener): boolean {
      const set = byTopic.get(topic);
      if (!set?.delete(listener)) return false;
      if (set.size > 0) return false;
      byTopic.delete(topic);
      return true;
    },
    deliver(topic: string, message: unknown) {
      for (const listener of [...(byTopic.get(topic) ?? [])]) listener(message);
    },
  };
}

/**
 * Topic fan-out: in memory, or across instances through Redis pub/sub. This replaces
 * @graphql-yoga/redis-event-target, whose publish is an unawaited promise (a Redis outage became
 * an unhandled rejection that ended the process) and which has no way to keep delivering on the
 * instance itself while Redis is away.
 */
export function createFanOut(redisUrl: string | undefined, logger: Logger): FanOut {
  const local = localListeners();
  if (!redisUrl) {
    return {
      publish: (topic, message) => local.deliver(topic, message),
      subscribe: (topic, listener) => void local.add(topic, listener),
      unsubscribe: (topic, listener) => void local.remove(topic, listener),
      health: () => 'memory',
      close: async () => {},
    };
  }
  // Subscribing waits while Redis is away, and ioredis re-subscribes every channel by itself when
  // the connection comes back.
  const publisher = createResilientRedis(redisUrl, 'publish', logger, { maxRetriesPerRequest: 0 });
  // Until the first connection, a publish waits for it (start-up); after that, an outage sends
  // events straight to this instance's own subscribers.
  let connectedOnce = false;
  publisher.client.once('ready', () => (connectedOnce = true));
  const subscriber = createResilientRedis(redisUrl, 'subscribe', logger, { maxRetriesPerRequest: null, autoResubscribe: true });
  const ignore = () => {};
  subscriber.client.on('message', (channel: string, text: string) => {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    local.deliver(channel, message);
  });
  return {
    publish(topic, message) {
      if (connectedOnce && publisher.client.status !== 'ready') return local.deliver(topic, message);
      publisher.client.publish(topic, JSON.stringify(message)).catch(() => local.deliver(topic, message));
    },
    subscribe(topic, listener) {
      if (local.add(topic, listener)) subscriber.client.subscribe(topic).catch(ignore);
    },
    unsubscribe(topic, listener) {
      if (local.remove(topic, listener)) subscriber.client.unsubscribe(topic).catch(ignore);
    },
    health: () => (publisher.health() === 'ok' && subscriber.health() === 'ok' ? 'ok' : 'degraded'),
    async close() {
      await Promise.all([publisher.close(), subscriber.close()]);
    },
  };
}
