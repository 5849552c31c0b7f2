import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';
import type { CandidateEvent } from '../../generated/prisma/client.js';
import type { CandidateEventMessage } from '../../pubsub.js';
import { oncePerMessage } from '../../subscriptions/once-per-message.js';
import { CandidateEventType } from './candidate-event.type.js';

/** The published message is the row: subscribers are answered from it, with no read per listener. */
const candidateEventFromMessage = oncePerMessage((message: CandidateEventMessage): CandidateEvent => ({ ...message, createdAt: new Date(message.createdAt) }));

const CandidateEventFilter = builder.inputType('CandidateEventFilter', {
  fields: (t) => ({ jobPositionId: t.id({ description: 'Only events of candidates in this position' }) }),
});

builder.subscriptionField('candidateEvents', (t) =>
  t.field({
    type: CandidateEventType,
    authScopes: { scope: 'read:candidates' },
    description: "Status changes and other history entries of your organization's candidates, as they happen",
    args: { filter: t.arg({ type: CandidateEventFilter }) },
    subscribe: async function* (_root, args, ctx) {
      const positionId = args.filter?.jobPositionId == null ? null : uuidOf(String(args.filter.jobPositionId), 'JobPosition');
      if (args.filter?.jobPositionId != null && !positionId) throw new GraphQLError('Job position not found', { extensions: { code: 'NOT_FOUND' } });
      if (positionId) {
        const position = await ctx.prisma.jobPosition.findFirst({ where: { id: positionId, organizationId: ctx.auth.organizationId }, select: { id: true } });
        if (!position) throw new GraphQLError('Job position not found', { extensions: { code: 'NOT_FOUND' } });
      }
      // The topic is keyed by organization: another tenant's events never reach this iterator.
      for await (const message of ctx.services.pubsub.subscribe('candidate:event', ctx.auth.organizationId, ctx.subscriber)) {
        if (positionId && message.jobPositionId !== positionId) continue;
        if (message.organizationId !== ctx.auth.organizationId) continue;
        yield candidateEventFromMessage(message);
      }
    },
    resolve: (event) => event,
  }),
);
