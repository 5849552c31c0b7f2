import { builder } from '../builder.js';

export const OrganizationType = builder.prismaObject('Organization', {
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const ViewerType = builder.objectRef<{ organizationId: string; keyPrefix: string; keyName: string; scopes: string[] }>('Viewer').implement({
  description: 'The API key making the request and the organization it belongs to',
  fields: (t) => ({
    keyPrefix: t.exposeString('keyPrefix', { description: 'Public prefix of the API key (never the secret)' }),
    keyName: t.exposeString('keyName'),
    scopes: t.exposeStringList('scopes'),
    organization: t.prismaField({
      type: 'Organization',
      resolve: (query, viewer, _args, ctx) =>
        ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: viewer.organizationId } }),
    }),
  }),
});
