import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { CandidateEvent } from './generated/prisma/client.js';

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

export interface NotificationMessage {
  id: string;
  organizationId: string;
  userId: string;
}

export type Topics = {
  /** Keyed by organization: listeners filter further by job position. */
  'candidate:event': [organizationId: string, message: CandidateEventMessage];
  'resume:progress': [uploadId: string, message: ResumeProgressMessage];
  notification: [organizationId: string, message: NotificationMessage];
  /** Every instance drops the key from its authentication cache at once. */
  'api-key:revoked': [message: { prefix: string }];
};

export type GatewayPubSub = ReturnType<typeof createPubSub<Topics>> & { close(): Promise<void> };

/** In memory for one process; through Redis when REDIS_URL is set, so every instance hears every event. */
export function createGatewayPubSub(redisUrl: string | undefined): GatewayPubSub {
  if (!redisUrl) return Object.assign(createPubSub<Topics>(), { close: async () => {} });
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const pubsub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  return Object.assign(pubsub, {
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  });
}
