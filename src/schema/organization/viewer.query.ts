import { builder } from '../builder.js';
import { ViewerType } from './organization.type.js';

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerType,
    description: 'Who is calling: any valid key may ask',
    resolve: (_root, _args, ctx) => ({
      organizationId: ctx.auth.organizationId,
      keyPrefix: ctx.auth.keyPrefix,
      keyName: ctx.auth.keyName,
      scopes: [...ctx.auth.scopes].sort(),
    }),
  }),
);
