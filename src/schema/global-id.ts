import { GraphQLError } from 'graphql';

// Global ids read like Stripe's (`cand_<uuid>`): the type is visible to a person, the id is
// opaque to code, and Celper-style ids (`cand_…`, `pos_…`, `sess_…`) keep their shape.
const PREFIX_BY_TYPE: Record<string, string> = {
  Candidate: 'cand',
  JobPosition: 'pos',
  InterviewSession: 'sess',
  User: 'user',
  ResumeUpload: 'proc',
  CandidateEvent: 'evt',
  Notification: 'ntf',
  ApiKey: 'key',
  AuditEntry: 'aud',
  EmailMessage: 'mail',
  WebhookEndpoint: 'whep',
  WebhookDelivery: 'whdl',
};
const TYPE_BY_PREFIX = Object.fromEntries(Object.entries(PREFIX_BY_TYPE).map(([type, prefix]) => [prefix, type]));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  const prefix = PREFIX_BY_TYPE[typename];
  if (!prefix) throw new Error(`No global id prefix for ${typename}`);
  return `${prefix}_${id}`;
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const separator = globalId.indexOf('_');
  const typename = TYPE_BY_PREFIX[globalId.slice(0, separator)];
  const id = globalId.slice(separator + 1);
  // An id that cannot exist is simply not found: the same answer as another tenant's id.
  if (separator < 0 || !typename || !UUID.test(id)) {
    throw new GraphQLError('Not found', { extensions: { code: 'NOT_FOUND' } });
  }
  return { typename, id: id.toLowerCase() };
}

/** The uuid behind a global id of the expected type, or null when it cannot be one. */
export function uuidOf(globalId: string, typename: string): string | null {
  const separator = globalId.indexOf('_');
  const id = globalId.slice(separator + 1);
  if (TYPE_BY_PREFIX[globalId.slice(0, separator)] !== typename || !UUID.test(id)) return null;
  return id.toLowerCase();
}
