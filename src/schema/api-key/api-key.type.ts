import { builder } from '../builder.js';

export const ApiKeyType = builder.prismaObject('ApiKey', {
  description: 'An API key as the organization sees it: never its secret, which exists only in the createApiKey response',
  fields: (t) => ({
    prefix: t.exposeString('prefix'),
    name: t.exposeString('name'),
    scopes: t.exposeStringList('scopes'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});
