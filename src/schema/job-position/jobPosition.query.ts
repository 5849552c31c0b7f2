import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';

builder.queryField('jobPosition', (t) =>
  t.prismaField({
    type: 'JobPosition',
    nullable: true,
    authScopes: { scope: 'read:candidates' },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(String(args.id), 'JobPosition');
      return id ? ctx.prisma.jobPosition.findFirst({ ...query, where: { id, organizationId: ctx.auth.organizationId } }) : null;
    },
  }),
);
