import { isScope } from '../../auth/scopes.js';
import { createApiKey } from '../../domain/api-keys.js';
import { ValidationError } from '../../errors.js';
import { builder } from '../builder.js';
import { ApiKeyType } from './api-key.type.js';

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: '1-200 characters' }),
    scopes: t.stringList({ required: true, description: 'read:candidates, write:candidates, action:invite, action:decide, write:interviews, admin' }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ key: string; prefix: string }>('CreateApiKeyPayload').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The whole key: shown this once and never again' }),
    apiKey: t.field({ type: ApiKeyType, resolve: (p, _args, ctx) => ctx.prisma.apiKey.findUniqueOrThrow({ where: { prefix: p.prefix } }) }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreateApiKeyPayload,
    authScopes: { scope: 'admin' },
    audit: 'apiKey.create',
    auditTarget: { type: 'ApiKey', idField: 'prefix' },
    rateLimit: 'writes',
    errors: { types: [ValidationError], directResult: true, union: { name: 'CreateApiKeyResult' } },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const name = input.name.trim();
      if (name.length === 0 || name.length > 200) throw ValidationError.single(['name'], 'must be 1-200 characters');
      const unknown = input.scopes.filter((s) => !isScope(s));
      if (unknown.length || input.scopes.length === 0) throw ValidationError.single(['scopes'], unknown.length ? `unknown scope(s): ${unknown.join(', ')}` : 'at least one scope');
      const scopes = input.scopes.filter(isScope);
      const created = await createApiKey(ctx.prisma, { organizationId: ctx.auth.organizationId, scopes, name });
      return { key: created.key, prefix: created.prefix };
    },
  }),
);
