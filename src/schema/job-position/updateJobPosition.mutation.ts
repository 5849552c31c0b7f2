import { updateJobPosition } from '../../domain/job-positions.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { builder } from '../builder.js';
import { JobPositionStatusEnum } from '../enums.js';
import { uuidOf } from '../global-id.js';
import { actorOf } from '../refs.js';
import { JobPositionPayload } from './job-position-payload.js';

const UpdateJobPositionInput = builder.inputType('UpdateJobPositionInput', {
  description: 'Only the fields you include change',
  fields: (t) => ({
    id: t.id({ required: true }),
    title: t.string(),
    description: t.string(),
    status: t.field({ type: JobPositionStatusEnum }),
    requiredSkills: t.stringList(),
  }),
});

builder.mutationField('updateJobPosition', (t) =>
  t.field({
    type: JobPositionPayload,
    authScopes: { scope: 'admin' },
    audit: 'jobPosition.update',
    auditTarget: { type: 'JobPosition', idField: 'id' },
    rateLimit: 'writes',
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'UpdateJobPositionResult' } },
    args: { input: t.arg({ type: UpdateJobPositionInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const { id, ...changes } = input;
      return updateJobPosition(ctx.services, actorOf(ctx), uuidOf(String(id), 'JobPosition'), changes);
    },
  }),
);
