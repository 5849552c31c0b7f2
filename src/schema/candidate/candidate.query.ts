import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';

builder.queryField('candidate', (t) =>
  t.prismaField({
    type: 'Candidate',
    nullable: true,
    authScopes: { scope: 'read:candidates' },
    description: 'A candidate of your organization, or null',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      const id = uuidOf(String(args.id), 'Candidate');
      return id ? ctx.prisma.candidate.findFirst({ ...query, where: { id, organizationId: ctx.auth.organizationId } }) : null;
    },
  }),
);
