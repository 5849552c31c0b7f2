import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';

export interface CandidateEventMessage {
  id: string;
  organizationId: string;
  candidateId: string;
  jobPositionId: string | null;
}

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
