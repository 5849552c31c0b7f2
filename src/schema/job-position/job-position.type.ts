import { CandidateStatus } from '../../generated/prisma/enums.js';
import { builder } from '../builder.js';
import { CandidateConnection, CandidateFilter, CandidateOrder, resolveCandidateConnection } from '../candidate/candidate-connection.js';
import { CandidateType } from '../candidate/candidate.type.js';
import { CandidateStatusEnum, JobPositionStatusEnum } from '../enums.js';
import { candidateCountsLoader } from './candidate-counts.loader.js';

const StatusCount = builder.objectRef<{ status: CandidateStatus; count: number }>('CandidateStatusCount').implement({
  fields: (t) => ({
    status: t.expose('status', { type: CandidateStatusEnum }),
    count: t.exposeInt('count'),
  }),
});

export const JobPositionType = builder.prismaNode('JobPosition', {
  id: { field: 'id' },
  // node(id) answers null, not an error, for ids that do not exist or belong to another tenant.
  nullable: true,
  authScopes: { scope: 'read:candidates' },
  findUnique: (id, ctx) => ({ id, organizationId: ctx.auth.organizationId }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: JobPositionStatusEnum }),
    requiredSkills: t.exposeStringList('requiredSkills', { description: 'What cvScore measures résumés against' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    candidateCounts: t.field({
      type: [StatusCount],
      description: 'How many candidates are in each status (every status listed, zeros included)',
      resolve: async (position, _args, ctx) => {
        const counts = await candidateCountsLoader(ctx).load(position.id);
        return Object.values(CandidateStatus).map((status) => ({ status, count: counts[status] ?? 0 }));
      },
    }),
    candidates: t.connection(
      {
        type: CandidateType,
        args: { filter: t.arg({ type: CandidateFilter }), offset: t.arg.int({ description: 'Skip this many matches first, for page-numbered clients (at most 100000; not with after)' }),
        orderBy: t.arg({ type: CandidateOrder }) },
        resolve: (position, args, ctx, info) => resolveCandidateConnection(ctx, info, args, { jobPositionId: position.id }) as never,
      },
      CandidateConnection,
    ),
  }),
});
