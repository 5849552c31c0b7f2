import { GraphQLError } from 'graphql';
import type { ProcessingStage, ResumeUpload } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';
import { STAGE_ORDER as STAGES } from '../../domain/resumes/stages.js';
import { ResumeUploadType } from './resume-upload.type.js';

const STAGE_ORDER: readonly ProcessingStage[] = STAGES;

const notFound = () => new GraphQLError('Resume upload not found', { extensions: { code: 'NOT_FOUND' } });

builder.subscriptionField('resumeProcessing', (t) =>
  t.field({
    type: ResumeUploadType,
    authScopes: { scope: 'read:candidates' },
    description: 'The current state at once (a late subscriber still sees a finished job), then every stage until COMPLETED or FAILED',
    args: { id: t.arg.id({ required: true }) },
    subscribe: async function* (_root, args, ctx) {
      const id = uuidOf(String(args.id), 'ResumeUpload');
      if (!id) throw notFound();
      // Listen before reading, so no stage between the read and the subscription is missed. The
      // pub/sub's Repeater attaches its listener only on the first next(): ask for it now.
      const updates = ctx.services.pubsub.subscribe('resume:progress', id, ctx.subscriber);
      let next = updates.next();
      try {
        const current = await ctx.prisma.resumeUpload.findFirst({ where: { id, organizationId: ctx.auth.organizationId } });
        if (!current) throw notFound();
        yield current;
        let reached = STAGE_ORDER.indexOf(current.stage);
        if (current.status === 'COMPLETED' || current.status === 'FAILED') return;
        for (;;) {
          const { value: message, done } = await next;
          if (done) return;
          next = updates.next();
          const order = STAGE_ORDER.indexOf(message.stage as ProcessingStage);
          if (order <= reached && order !== STAGE_ORDER.indexOf('FAILED')) continue;
          reached = order;
          const terminal = message.status === 'COMPLETED' || message.status === 'FAILED';
          yield {
            ...current,
            status: message.status as ResumeUpload['status'],
            stage: message.stage as ProcessingStage,
            progress: message.progress,
            outcome: message.outcome as ResumeUpload['outcome'],
            error: message.error,
            candidateId: message.candidateId,
            updatedAt: new Date(),
          };
          if (terminal) return;
        }
      } finally {
        await updates.return?.();
      }
    },
    resolve: (upload: ResumeUpload) => upload,
  }),
);
