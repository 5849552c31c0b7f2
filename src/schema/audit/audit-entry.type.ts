import { AuditResult } from '../../generated/prisma/enums.js';
import { builder } from '../builder.js';

export const AuditResultEnum = builder.enumType(AuditResult, { name: 'AuditResult' });

export const AuditEntryType = builder.prismaObject('AuditEntry', {
  description: 'Who did what, when, and how it ended; never holds a secret (only the public key prefix)',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action', { description: 'e.g. candidate.invite, auth.authenticate, authz.denied, apiKey.revoke' }),
    result: t.expose('result', { type: AuditResultEnum }),
    keyPrefix: t.exposeString('keyPrefix', { nullable: true }),
    targetType: t.exposeString('targetType', { nullable: true }),
    targetId: t.exposeString('targetId', { nullable: true }),
    detail: t.expose('detail', { type: 'JSONObject' }),
    requestId: t.exposeString('requestId', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
