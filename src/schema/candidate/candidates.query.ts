import { builder } from '../builder.js';
import { CandidateType } from './candidate.type.js';
import { CandidateConnection, CandidateFilter, CandidateOrder, resolveCandidateConnection } from './candidate-connection.js';

builder.queryField('candidates', (t) =>
  t.connection(
    {
      type: CandidateType,
      authScopes: { scope: 'read:candidates' },
      description: 'Candidates of your organization: 50 per page by default, at most 100',
      args: {
        filter: t.arg({ type: CandidateFilter }),
        offset: t.arg.int({ description: 'Skip this many matches first, for page-numbered clients (at most 100000; not with after)' }),
        orderBy: t.arg({ type: CandidateOrder, description: 'Default: newest first, or best match first when searching' }),
      },
      resolve: (_root, args, ctx, info) => resolveCandidateConnection(ctx, info, args) as never,
    },
    CandidateConnection,
  ),
);
