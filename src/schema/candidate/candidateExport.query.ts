import { exportCandidate } from '../../domain/candidates/export-candidate.js';
import { auditActor, recordAudit } from '../../policy/audit-log.js';
import { builder } from '../builder.js';
import { uuidOf } from '../global-id.js';

builder.queryField('candidateExport', (t) =>
  t.field({
    type: 'JSONObject',
    nullable: true,
    authScopes: { scope: 'read:candidates' },
    description: 'Every stored field of one candidate as one JSON document, for a data-subject access request; audited',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const candidateId = uuidOf(String(args.id), 'Candidate');
      const document = candidateId ? await exportCandidate(ctx.prisma, ctx.auth.organizationId, candidateId) : null;
      recordAudit(ctx.services, { ...auditActor(ctx), action: 'candidate.export', targetType: 'Candidate', targetId: String(args.id), result: document ? 'SUCCESS' : 'FAILURE', detail: document ? {} : { code: 'NOT_FOUND' } });
      return document;
    },
  }),
);
