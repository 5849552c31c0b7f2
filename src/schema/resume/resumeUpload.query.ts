import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';

builder.queryField('resumeUpload', (t) =>
  t.prismaField({
    type: 'ResumeUpload',
    nullable: true,
    authScopes: { scope: 'read:candidates' },
    description: 'A résumé upload by its processing id',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(String(args.id), 'ResumeUpload');
      return id ? ctx.prisma.resumeUpload.findFirst({ ...query, where: { id, organizationId: ctx.auth.organizationId } }) : null;
    },
  }),
);
