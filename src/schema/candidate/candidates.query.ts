import { builder } from '../builder.js';
import { CandidateType } from './candidate.type.js';
import { CandidateFilter, CandidateOrder, resolveCandidateConnection } from './candidate-connection.js';

export const CandidateConnectionFields = {
  totalCount: (t: any) => t.int({ description: 'All candidates matching the filter, across pages', resolve: (connection: { totalCount: () => Promise<number> }) => connection.totalCount() }),
};

builder.queryField('candidates', (t) =>
  t.connection(
    {
      type: CandidateType,
      authScopes: { scope: 'read:candidates' },
      description: 'Candidates of your organization: 50 per page by default, at most 100',
      args: {
        filter: t.arg({ type: CandidateFilter }),
        orderBy: t.arg({ type: CandidateOrder, description: 'Default: newest first, or best match first when searching' }),
      },
      resolve: (_root, args, ctx, info) => resolveCandidateConnection(ctx, info, args) as never,
    },
    { name: 'CandidateConnection', fields: (t) => ({ totalCount: CandidateConnectionFields.totalCount(t) }) },
  ),
);
