import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepRetention } from '../../src/domain/candidates/retention-sweep.js';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { MIME, simplePdf } from '../support/resumes.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const backends = await availableBackends();

// Strings that occur nowhere but in this candidate's data, so any hit after erasure is a leak.
const PERSON = {
  fullName: 'Xanthippe Vorontsova',
  lastName: 'Vorontsova',
  email: 'xanthippe.vorontsova@erasure-proof.example',
  phone: '+44 20 7946 0958',
  notes: 'Prefers Quixotrix meetings on Thursdays',
  resumeLine: 'Led the Zylophonix migration of 40 services',
  fileName: 'Vorontsova-CV-2026.pdf',
};

/**
 * Every text-like column of every table, the job queue's (pgboss) included, searched for each
 * needle: the proof erasure reached everything.
 */
async function scanDatabase(gw: TestGateway, needles: string[]): Promise<string[]> {
  const prisma = gw.app.services.db.prisma;
  const columns = await prisma.$queryRawUnsafe<{ table_schema: string; table_name: string; column_name: string; data_type: string }[]>(
    `SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema IN (current_schema(), 'pgboss') AND data_type NOT IN ('uuid', 'integer', 'bigint', 'boolean', 'timestamp with time zone', 'timestamp without time zone', 'double precision', 'numeric', 'smallint')`,
  );
  expect(columns.length).toBeGreaterThan(60);
  expect(columns.some((c) => c.table_schema === 'pgboss' && c.table_name === 'job' && c.column_name === 'data')).toBe(true);
  const patterns = needles.map((n) => `%${n}%`);
  const hits: string[] = [];
  for (const { table_schema: schema, table_name: table, column_name: column, data_type: type } of columns) {
    const expression = type === 'bytea' ? `encode("${column}", 'escape')` : `"${column}"::text`;
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${schema}"."${table}" WHERE ${expression} ILIKE ANY($1::text[])`, patterns);
    if (row!.n > 0) hits.push(`${schema === 'pgboss' ? 'pgboss:' : ''}${table}.${column} (${row!.n})`);
  }
  return hits;
}

describe.each(backends)('erasure, export and retention on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let receiver: WebhookReceiver;
  let candidateId: string;

  beforeAll(async () => {
    gw = await startTestGateway(backend, { WEBHOOK_RETRY_BASE_MS: '100' });
    tenant = await gw.tenant();
    receiver = await startWebhookReceiver();
    const endpoint = await gw.gql(tenant.adminKey, `mutation($url: String!) { createWebhookEndpoint(input: { url: $url, events: [CANDIDATE_ERASED, CANDIDATE_UPDATED, RESUME_PROCESSED, CANDIDATE_STATUS_CHANGED] }) { ... on WebhookSecretPayload { secret } } }`, { url: receiver.url });
    receiver.secrets = [endpoint.data!.createWebhookEndpoint.secret];
  });
  afterAll(async () => {
    await receiver?.close();
    await gw?.close();
  });

  it('leaves none of the candidate\'s personal data in any table, keeps an anonymous row, and sends candidate.erased', async () => {
    const owner = await gw.gql(tenant.adminKey, `mutation { createUser(input: { email: "recruiter@erasure.example", name: "Rita Recruiter" }) { ... on UserPayload { user { id } } } }`);
    const ownerId = owner.data!.createUser.user.id;
    const position = await gw.gql(tenant.adminKey, `mutation { createJobPosition(input: { title: "Platform Engineer", requiredSkills: ["Go"] }) { ... on JobPositionPayload { jobPosition { id } } } }`);
    const positionId = position.data!.createJobPosition.jobPosition.id;
    const pdf = await simplePdf([PERSON.fullName, 'Platform Engineer', PERSON.email, PERSON.phone, '', 'Experience', `Platform Engineer at Northwind, 2019 - Present`, PERSON.resumeLine, '', 'Skills', 'Go, Kubernetes']);
    const uploaded = await gw.gql(tenant.adminKey, `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } } }`, {
      input: { ownerId, jobPositionId: positionId, fileName: PERSON.fileName, mimeType: MIME.pdf, contentBase64: pdf.toString('base64') },
    });
    const uploadId = uploaded.data!.uploadResume.upload.id;
    const processed = await eventually(async () => {
      const r = await gw.gql(tenant.adminKey, `{ resumeUpload(id: "${uploadId}") { status outcome candidate { id fullName email phone cvText } } }`);
      return r.data!.resumeUpload.status === 'COMPLETED' ? r.data!.resumeUpload : undefined;
    }, 120_000);
    expect(processed.outcome).toBe('CANDIDATE_CREATED');
    expect(processed.candidate).toMatchObject({ fullName: PERSON.fullName, email: PERSON.email });
    expect(processed.candidate.cvText).toContain(PERSON.resumeLine);
    candidateId = processed.candidate.id;
    // Résumé bytes are gone once processing has ended.
    const kept = await gw.app.services.db.prisma.resumeUpload.count({ where: { content: { not: null }, status: { in: ['COMPLETED', 'FAILED'] } } });
    expect(kept).toBe(0);

    // Personal data reaches notes, the mail outbox (invitation), idempotent replies, and the history.
    await gw.gql(tenant.adminKey, `mutation($id: ID!, $notes: String!, $phone: String!) { updateCandidate(input: { id: $id, notes: $notes, phone: $phone }) { __typename } }`, { id: candidateId, notes: PERSON.notes, phone: PERSON.phone });
    const invited = await gw.gql(tenant.adminKey, `mutation($id: ID!) { inviteCandidate(input: { candidateId: $id, emailBody: "Dear ${PERSON.fullName}, start here: {interviewLink}" }) { __typename ... on InviteCandidatePayload { candidate { fullName email } } } }`, { id: candidateId }, { 'idempotency-key': 'invite-erasure-1' });
    expect(invited.data!.inviteCandidate.candidate.email).toBe(PERSON.email);

    const exported = await gw.gql(tenant.adminKey, `query($id: ID!) { candidateExport(id: $id) }`, { id: candidateId });
    const document = exported.data!.candidateExport;
    expect(document.candidate).toMatchObject({ fullName: PERSON.fullName, email: PERSON.email, phone: PERSON.phone, notes: PERSON.notes, status: 'INVITED' });
    expect(document.candidate.cv.workExperiences[0].company).toBe('Northwind');
    expect(document.candidate.emails[0]).toMatchObject({ toAddress: PERSON.email });
    expect(document.candidate.emails[0].body).toContain(PERSON.fullName);
    expect(document.candidate.resumeUploads[0]).toMatchObject({ fileName: PERSON.fileName, outcome: 'CANDIDATE_CREATED' });
    expect(document.candidate.resumeUploads[0]).not.toHaveProperty('content');
    expect(document.candidate.interviews[0]).not.toHaveProperty('token');
    expect(document.candidate.events.map((e: any) => e.type)).toEqual(['CREATED', 'STATUS_CHANGED']);

    const needles = [PERSON.fullName, PERSON.lastName, PERSON.email, PERSON.phone, PERSON.notes, PERSON.resumeLine, PERSON.fileName];
    const before = await scanDatabase(gw, needles);
    // The scan finds the data where it lives before erasure, so an empty scan afterwards means something.
    expect(new Set(before.map((hit) => hit.split('.')[0]))).toEqual(
      // The audit log's detail keeps the input of audited mutations; pgboss's job data holds ids only.
      new Set(['Candidate', 'WorkExperience', 'ResumeUpload', 'EmailMessage', 'Notification', 'IdempotencyRecord', 'AuditEntry']),
    );

    const erased = await gw.gql(tenant.adminKey, `mutation($id: ID!) { eraseCandidate(input: { id: $id }) { __typename ... on EraseCandidatePayload { erasedCandidateId erasedAt } } }`, { id: candidateId });
    expect(erased.data!.eraseCandidate).toMatchObject({ __typename: 'EraseCandidatePayload', erasedCandidateId: candidateId });

    expect(await scanDatabase(gw, needles)).toEqual([]);

    // The anonymous row keeps status, scores and timestamps, so counts and history stay true.
    const after = await gw.gql(tenant.adminKey, `query($id: ID!) { candidate(id: $id) { fullName email phone notes cvText status cvScore erasedAt createdAt cv { summary } } candidateEvents(candidateId: $id) { edges { node { type toStatus } } } }`, { id: candidateId });
    expect(after.data!.candidate).toMatchObject({ fullName: '', email: null, phone: null, notes: null, cvText: null, status: 'INVITED', cv: null, erasedAt: expect.any(String) });
    expect(after.data!.candidate.cvScore).toEqual(processed.candidate.cvScore ?? after.data!.candidate.cvScore);
    expect(after.data!.candidateEvents.edges.map((e: any) => e.node.type)).toEqual(expect.arrayContaining(['CREATED', 'STATUS_CHANGED']));
    const counts = await gw.gql(tenant.adminKey, `{ candidates(filter: { status: [INVITED] }) { totalCount } }`);
    expect(counts.data!.candidates.totalCount).toBe(1);

    await receiver.waitFor((r) => r.accepted.some((e) => e.type === 'candidate.erased'));
    expect(receiver.accepted.filter((e) => e.type === 'candidate.erased').map((e) => e.data)).toEqual([{ candidateId }]);
    expect(receiver.accepted.map((e) => e.type)).toEqual(expect.arrayContaining(['resume.processed', 'candidate.updated', 'candidate.status_changed']));
    const updatedEvent = receiver.accepted.find((e) => e.type === 'candidate.updated')!;
    expect(updatedEvent.data).toMatchObject({ candidateId, changedFields: ['notes', 'phone'] });
    expect(receiver.accepted.find((e) => e.type === 'resume.processed')!.data).toMatchObject({ processingId: uploadId, candidateId, outcome: 'CANDIDATE_CREATED' });

    // Idempotent: a second erasure succeeds, changes nothing and sends nothing.
    const again = await gw.gql(tenant.adminKey, `mutation($id: ID!) { eraseCandidate(input: { id: $id }) { __typename ... on EraseCandidatePayload { erasedAt } } }`, { id: candidateId });
    expect(again.data!.eraseCandidate.erasedAt).toBe(erased.data!.eraseCandidate.erasedAt);

    // The audit log says who erased whom, and when, with no personal data (the scan above covered it).
    const audit = await eventually(async () => {
      const r = await gw.gql(tenant.adminKey, `{ auditEntries(action: "candidate.erase") { edges { node { action targetId result keyPrefix createdAt } } } }`);
      return r.data!.auditEntries.edges.length === 2 ? r.data!.auditEntries.edges.map((e: any) => e.node) : undefined;
    });
    expect(audit[0]).toMatchObject({ action: 'candidate.erase', targetId: candidateId, result: 'SUCCESS', keyPrefix: expect.stringMatching(/^cgw_/) });
    const exports = await eventually(async () => {
      const r = await gw.gql(tenant.adminKey, `{ auditEntries(action: "candidate.export") { edges { node { targetId result } } } }`);
      return r.data!.auditEntries.edges.length === 1 ? r.data!.auditEntries.edges : undefined;
    });
    expect(exports[0].node).toEqual({ targetId: candidateId, result: 'SUCCESS' });
    const erasedCount = receiver.accepted.filter((e) => e.type === 'candidate.erased').length;
    expect(erasedCount).toBe(1);
  }, 240_000);

  it('needs write:candidates to erase and read:candidates to export; another tenant sees nothing', async () => {
    const reader = await tenant.key(['read:candidates']);
    const denied = await gw.gql(reader, `mutation($id: ID!) { eraseCandidate(input: { id: $id }) { __typename } }`, { id: candidateId });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const writer = await tenant.key(['write:candidates']);
    const noRead = await gw.gql(writer, `query($id: ID!) { candidateExport(id: $id) }`, { id: candidateId });
    expect(noRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await gw.tenant();
    expect((await gw.gql(stranger.adminKey, `query($id: ID!) { candidateExport(id: $id) }`, { id: candidateId })).data!.candidateExport).toBeNull();
    const foreign = await gw.gql(stranger.adminKey, `mutation($id: ID!) { eraseCandidate(input: { id: $id }) { __typename ... on Error { code } } }`, { id: candidateId });
    expect(foreign.data!.eraseCandidate).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('erases candidates not updated within the retention period, only when the organization set one', async () => {
    const org = await gw.tenant();
    const make = async (name: string) => (await gw.gql(org.adminKey, `mutation($n: String!) { createCandidate(input: { fullName: $n, email: "${name.toLowerCase().replace(' ', '.')}@retention.example" }) { ... on CandidatePayload { candidate { id } } } }`, { n: name })).data!.createCandidate.candidate.id as string;
    const stale = await make('Stale Person');
    const fresh = await make('Fresh Person');
    const prisma = gw.app.services.db.prisma;
    await prisma.$executeRaw`UPDATE "Candidate" SET "updatedAt" = now() - interval '40 days' WHERE id = ${stale.slice(5)}::uuid`;

    // Off by default: nothing is erased.
    await sweepRetention(gw.app.services);
    expect((await prisma.candidate.findUnique({ where: { id: stale.slice(5) } }))!.erasedAt).toBeNull();

    const invalid = await gw.gql(org.adminKey, `mutation { updateRetentionPolicy(input: { candidateRetentionDays: 0 }) { __typename ... on ValidationError { issues { path } } } }`);
    expect(invalid.data!.updateRetentionPolicy.__typename).toBe('ValidationError');
    const set = await gw.gql(org.adminKey, `mutation { updateRetentionPolicy(input: { candidateRetentionDays: 30 }) { __typename ... on RetentionPolicyPayload { organization { candidateRetentionDays } } } }`);
    expect(set.data!.updateRetentionPolicy.organization.candidateRetentionDays).toBe(30);

    expect(await sweepRetention(gw.app.services)).toBe(1);
    const rows = await gw.gql(org.adminKey, `{ candidates { edges { node { id fullName email erasedAt } } } }`);
    const byId = Object.fromEntries(rows.data!.candidates.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId[stale]).toMatchObject({ fullName: '', email: null, erasedAt: expect.any(String) });
    expect(byId[fresh]).toMatchObject({ fullName: 'Fresh Person', erasedAt: null });
    expect(await sweepRetention(gw.app.services)).toBe(0);
  });
});
