import { z } from 'zod';
import { WebhookEventType } from '../generated/prisma/enums.js';
import { ValidationError } from '../errors.js';
import { resolveDeliveryTarget, WebhookTargetError, type Resolver } from './address-policy.js';

const eventTypes = z
  .array(z.enum(Object.values(WebhookEventType) as [WebhookEventType, ...WebhookEventType[]]))
  .min(1, 'at least one event type')
  .transform((events) => [...new Set(events)]);

export const createEndpointSchema = z.object({
  url: z.string().trim().max(2000, 'must be at most 2000 characters'),
  events: eventTypes,
  description: z.string().trim().max(500).nullish(),
});

export const updateEndpointSchema = z.object({
  url: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  events: eventTypes.optional(),
  description: z.string().trim().max(500).nullish(),
  enabled: z.boolean().optional(),
});

/** Refuses a URL the delivery would refuse: same rule at save time as before every attempt. */
export async function assertDeliverableUrl(url: string, production: boolean, resolve?: Resolver): Promise<void> {
  try {
    await resolveDeliveryTarget(url, { production, resolve });
  } catch (error) {
    if (error instanceof WebhookTargetError) throw ValidationError.single(['url'], error.message);
    throw error;
  }
}
