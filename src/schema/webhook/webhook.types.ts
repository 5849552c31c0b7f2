import { WebhookDeliveryStatus, WebhookEventType } from '../../generated/prisma/enums.js';
import { webhookMessageId } from '../../webhooks/deliver-webhook.job.js';
import { builder } from '../builder.js';
import { encodeGlobalId } from '../global-id.js';

export const WebhookEventTypeEnum = builder.enumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'Sent as `type` in the body: candidate.created, candidate.updated, candidate.status_changed, candidate.deleted, candidate.erased, resume.processed, interview.completed',
});
export const WebhookDeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING while attempts remain, SUCCEEDED once the receiver answered 2xx, FAILED when the retry window ended',
});

export const WebhookEndpointType = builder.prismaObject('WebhookEndpoint', {
  description: 'A receiver of Standard Webhooks deliveries; its secret is shown only by createWebhookEndpoint and rotateWebhookSecret',
  fields: (t) => ({
    id: t.id({ resolve: (e) => encodeGlobalId('WebhookEndpoint', e.id) }),
    url: t.exposeString('url'),
    description: t.exposeString('description', { nullable: true }),
    events: t.field({ type: [WebhookEventTypeEnum], resolve: (e) => e.events }),
    enabled: t.exposeBoolean('enabled'),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: 'When the gateway disabled it after failing for too long' }),
    disabledReason: t.exposeString('disabledReason', { nullable: true }),
    failingSince: t.expose('failingSince', { type: 'DateTime', nullable: true, description: 'First failed attempt since the last success' }),
    previousSecretExpiresAt: t.expose('previousSecretExpiresAt', { type: 'DateTime', nullable: true, description: 'Until then the secret before the last rotation signs too' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const WebhookAttemptType = builder.prismaObject('WebhookAttempt', {
  fields: (t) => ({
    attemptedAt: t.expose('attemptedAt', { type: 'DateTime' }),
    statusCode: t.exposeInt('statusCode', { nullable: true, description: 'Null when no answer came (timeout, refused connection, blocked address)' }),
    durationMs: t.exposeInt('durationMs'),
    error: t.exposeString('error', { nullable: true }),
  }),
});

export const WebhookDeliveryType = builder.prismaObject('WebhookDelivery', {
  description: 'One event sent to one endpoint, with every attempt',
  fields: (t) => ({
    id: t.id({ resolve: (d) => encodeGlobalId('WebhookDelivery', d.id) }),
    webhookId: t.string({ description: 'The webhook-id header: the same across retries and redeliveries', resolve: (d) => webhookMessageId(d.eventId) }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    eventType: t.field({ type: WebhookEventTypeEnum, select: { event: { select: { type: true } } }, resolve: (d) => d.event.type }),
    payload: t.field({ type: 'JSONObject', description: 'The body as sent: { type, timestamp, data }', select: { event: { select: { payload: true } } }, resolve: (d) => d.event.payload }),
    endpoint: t.relation('endpoint'),
    attempts: t.relation('attempts', { query: { orderBy: { attemptedAt: 'asc' } } }),
  }),
});
