import { createJobPosition } from '../../domain/job-positions.js';
import { ValidationError } from '../../errors.js';
import { builder } from '../builder.js';
import { JobPositionStatusEnum } from '../enums.js';
import { actorOf } from '../refs.js';
import { JobPositionPayload } from './job-position-payload.js';

const CreateJobPositionInput = builder.inputType('CreateJobPositionInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    description: t.string(),
    status: t.field({ type: JobPositionStatusEnum }),
    requiredSkills: t.stringList(),
  }),
});

builder.mutationField('createJobPosition', (t) =>
  t.field({
    type: JobPositionPayload,
    authScopes: { scope: 'admin' },
    audit: 'jobPosition.create',
    auditTarget: { type: 'JobPosition', idField: 'title' },
    rateLimit: 'writes',
    errors: { types: [ValidationError], directResult: true, union: { name: 'CreateJobPositionResult' } },
    args: { input: t.arg({ type: CreateJobPositionInput, required: true }) },
    resolve: (_root, { input }, ctx) => createJobPosition(ctx.services, actorOf(ctx), input),
  }),
);
