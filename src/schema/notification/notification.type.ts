import { builder } from '../builder.js';
import { NotificationKindEnum } from '../enums.js';

export const NotificationType = builder.prismaNode('Notification', {
  id: { field: 'id' },
  // node(id) answers null, not an error, for ids that do not exist or belong to another tenant.
  nullable: true,
  authScopes: { scope: 'read:candidates' },
  findUnique: (id, ctx) => ({ id, organizationId: ctx.auth.organizationId }),
  description: 'A message to a user, e.g. the outcome of processing a résumé they own',
  fields: (t) => ({
    kind: t.expose('kind', { type: NotificationKindEnum }),
    message: t.exposeString('message'),
    user: t.relation('user'),
    resumeUpload: t.relation('resumeUpload', { nullable: true }),
    candidate: t.relation('candidate', { nullable: true }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
