import { z } from 'zod';
import { parseInput } from '../../domain/validate.js';
import { ValidationError } from '../../errors.js';
import { builder } from '../builder.js';
import { OrganizationType } from './organization.type.js';

builder.objectField(OrganizationType, 'candidateRetentionDays', (t) =>
  t.exposeInt('candidateRetentionDays', { nullable: true, description: 'Candidates not updated for this many days are erased; null = kept until deleted or erased' }),
);

const UpdateRetentionPolicyInput = builder.inputType('UpdateRetentionPolicyInput', {
  fields: (t) => ({ candidateRetentionDays: t.int({ description: 'null turns automatic erasure off (the default)' }) }),
});

const retentionSchema = z.object({ candidateRetentionDays: z.number().int().min(1, 'must be at least 1 day').max(36_500).nullable() });

const RetentionPolicyPayload = builder.objectRef<{ organizationId: string }>('RetentionPolicyPayload').implement({
  fields: (t) => ({
    organization: t.prismaField({ type: 'Organization', resolve: (query, p, _args, ctx) => ctx.prisma.organization.findUniqueOrThrow({ ...query, where: { id: p.organizationId } }) }),
  }),
});

builder.mutationField('updateRetentionPolicy', (t) =>
  t.field({
    type: RetentionPolicyPayload,
    authScopes: { scope: 'admin' },
    audit: 'organization.retention',
    auditTarget: { type: 'Organization' },
    description: 'Sets how long candidates are kept after their last update before a scheduled sweep erases them',
    errors: { types: [ValidationError], directResult: true, union: { name: 'UpdateRetentionPolicyResult' } },
    args: { input: t.arg({ type: UpdateRetentionPolicyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { candidateRetentionDays } = parseInput(retentionSchema, { candidateRetentionDays: input.candidateRetentionDays ?? null });
      await ctx.prisma.organization.update({ where: { id: ctx.auth.organizationId }, data: { candidateRetentionDays } });
      return { organizationId: ctx.auth.organizationId };
    },
  }),
);
