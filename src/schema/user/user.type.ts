import { builder } from '../builder.js';
import { UserRoleEnum } from '../enums.js';

export const UserType = builder.prismaNode('User', {
  id: { field: 'id' },
  // node(id) answers null, not an error, for ids that do not exist or belong to another tenant.
  nullable: true,
  authScopes: { scope: 'read:candidates' },
  findUnique: (id, ctx) => ({ id, organizationId: ctx.auth.organizationId }),
  description: 'A member of the organization: owns candidates and receives résumé notifications',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Small integer handle (Recruitsome `user_id`)' }),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: UserRoleEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
