import { createUser } from '../../domain/users.js';
import { ValidationError } from '../../errors.js';
import type { User } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { UserRoleEnum } from '../enums.js';
import { actorOf } from '../refs.js';
import { UserType } from './user.type.js';

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    role: t.field({ type: UserRoleEnum }),
  }),
});

const UserPayload = builder.objectRef<User>('UserPayload').implement({
  fields: (t) => ({ user: t.field({ type: UserType, resolve: (u) => u }) }),
});

builder.mutationField('createUser', (t) =>
  t.field({
    type: UserPayload,
    authScopes: { scope: 'admin' },
    audit: 'user.create',
    auditTarget: { type: 'User', idField: 'email' },
    rateLimit: 'writes',
    description: 'Adds a member who can own candidates and receive résumé notifications',
    errors: { types: [ValidationError], directResult: true, union: { name: 'CreateUserResult' } },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_root, { input }, ctx) => createUser(ctx.services, actorOf(ctx), input),
  }),
);
