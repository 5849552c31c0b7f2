import type { JobPosition } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { JobPositionType } from './job-position.type.js';

export const JobPositionPayload = builder.objectRef<JobPosition>('JobPositionPayload').implement({
  fields: (t) => ({ jobPosition: t.field({ type: JobPositionType, resolve: (p) => p }) }),
});
