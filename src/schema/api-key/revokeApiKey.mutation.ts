import { announceRevocation } from '../../auth/api-key-cache.js';
import { revokeApiKey } from '../../domain/api-keys.js';
import { NotFoundError } from '../../errors.js';
import { builder } from '../builder.js';
import { ApiKeyType } from './api-key.type.js';

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  fields: (t) => ({ prefix: t.string({ required: true, description: 'The public prefix, e.g. cgw_AbCd1234' }) }),
});

const RevokeApiKeyPayload = builder.objectRef<{ prefix: string }>('RevokeApiKeyPayload').implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyType, resolve: (p, _args, ctx) => ctx.prisma.apiKey.findUniqueOrThrow({ where: { prefix: p.prefix } }) }),
  }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: RevokeApiKeyPayload,
    authScopes: { scope: 'admin' },
    audit: 'apiKey.revoke',
    auditTarget: { type: 'ApiKey', idField: 'prefix' },
    rateLimit: 'writes',
    description: 'Effective at once: the next request with the key gets 401 and its open WebSocket connections are closed with 4403',
    errors: { types: [NotFoundError], directResult: true, union: { name: 'RevokeApiKeyResult' } },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      // Another organization's key is as unknown to this caller as one that does not exist.
      const key = await ctx.prisma.apiKey.findFirst({ where: { prefix: input.prefix, organizationId: ctx.auth.organizationId }, select: { prefix: true } });
      if (!key) throw new NotFoundError('ApiKey');
      await revokeApiKey(ctx.prisma, key.prefix, announceRevocation(ctx.services));
      return { prefix: key.prefix };
    },
  }),
);
