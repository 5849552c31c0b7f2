import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { generateDocument, loadDocFixtures, type CorpusDocument } from '../resume/corpus/generate.js';
import { pdfEncrypted, pdfLoopingXref, pdfScannedImage, docxZipBomb } from '../resume/corpus/hostile.js';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { MIME, simplePdf } from '../support/resumes.js';
import { collect, readSse, wsClient } from '../support/subscriptions.js';

const backends = await availableBackends();

const UPLOAD = `mutation($input: UploadResumeInput!) { uploadResume(input: $input) {
  __typename ... on ResumeUploadPayload { upload { id status stage progress fileName sizeBytes checksum } }
  ... on Error { code message } ... on ValidationError { issues { path message } } ... on NotFoundError { entity } } }`;
const STATE = `id status stage progress outcome error candidate { id fullName email status title cvScore originalCvFileName importSource cv { parseSource skills { name } workExperiences { company } } }`;

describe.each(backends)('résumé pipeline on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let server: RunningServer;
  let ownerId: string;
  let ownerNumber: number;
  let positionId: string;
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

  beforeAll(async () => {
    gw = await startTestGateway(backend, {}, { workerOptions: { pollIntervalMs: 100, concurrency: 2 } });
    tenant = await gw.tenant();
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
    const user = await gw.gql(tenant.adminKey, `mutation { createUser(input: { email: "owner@acme.io", name: "Olivia Owner" }) { ... on UserPayload { user { id number } } } }`);
    ({ id: ownerId, number: ownerNumber } = user.data!.createUser.user);
    const position = await gw.gql(tenant.adminKey, `mutation { createJobPosition(input: { title: "Engineer", requiredSkills: ["TypeScript", "PostgreSQL", "Kubernetes"] }) { ... on JobPositionPayload { jobPosition { id } } } }`);
    positionId = position.data!.createJobPosition.jobPosition.id;
  });
  afterAll(async () => {
    await server.close();
    await gw.close();
  });

  async function upload(doc: { bytes: Uint8Array; kind: keyof typeof MIME }, extra: Record<string, unknown> = {}) {
    const res = await gw.gql(tenant.adminKey, UPLOAD, { input: { ownerId, fileName: `cv.${doc.kind}`, mimeType: MIME[doc.kind], contentBase64: b64(doc.bytes), ...extra } });
    return res.data!.uploadResume;
  }

  const finished = (id: string) =>
    eventually(async () => {
      const res = await gw.gql(tenant.adminKey, `query($id: ID!) { resumeUpload(id: $id) { ${STATE} } }`, { id });
      const state = res.data!.resumeUpload;
      return state.status === 'COMPLETED' || state.status === 'FAILED' ? state : undefined;
    }, 30_000);

  it.each([
    ['pdf', () => generateDocument(501, { kind: 'pdf', layout: 'single' })],
    ['two-column pdf', () => generateDocument(502, { kind: 'pdf', layout: 'sidebar-left' })],
    ['docx', () => generateDocument(503, { kind: 'docx', layout: 'table' })],
    ['doc', async () => loadDocFixtures()[0]!],
  ] as const)('turns a %s résumé into a candidate, end to end over HTTP', async (_label, make) => {
    const doc: CorpusDocument = await make();
    const accepted = await upload(doc, { jobPositionId: positionId });
    expect(accepted.__typename).toBe('ResumeUploadPayload');
    expect(accepted.upload).toMatchObject({ status: 'QUEUED', stage: 'RECEIVED', progress: 0, sizeBytes: doc.bytes.length });
    expect(accepted.upload.id).toMatch(/^proc_/);
    const state = await finished(accepted.upload.id);
    expect(state).toMatchObject({ status: 'COMPLETED', stage: 'COMPLETED', progress: 100, outcome: 'CANDIDATE_CREATED', error: null });
    expect(state.candidate).toMatchObject({
      fullName: `${doc.expected.firstName} ${doc.expected.lastName}`,
      email: doc.expected.email,
      status: 'NEW',
      originalCvFileName: `cv.${doc.kind}`,
      importSource: 'resume',
      cv: { parseSource: 'RESUME' },
    });
    const skills = state.candidate.cv.skills.map((s: { name: string }) => s.name);
    for (const skill of doc.expected.skills.slice(0, 3)) expect(skills).toContain(skill);
    expect(state.candidate.cvScore).toBeGreaterThanOrEqual(0);
    const stored = await gw.app.services.db.prisma.resumeUpload.findUniqueOrThrow({ where: { id: accepted.upload.id.slice(5) } });
    expect(stored.content).toBeNull();
    const notes = await gw.gql(tenant.adminKey, `query($u: ID!) { notifications(userId: $u) { edges { node { kind message resumeUpload { id } } } } }`, { u: ownerId });
    expect(notes.data!.notifications.edges.some((e: any) => e.node.kind === 'CANDIDATE_CREATED' && e.node.resumeUpload.id === accepted.upload.id)).toBe(true);
  });

  it('accepts a GraphQL multipart upload (Yoga File) addressed by the owner number', async () => {
    const doc = await generateDocument(601, { kind: 'docx', layout: 'single' });
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: UPLOAD, variables: { input: { ownerNumber, fileName: 'upload.docx', mimeType: MIME.docx, file: null } } }));
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new Blob([Buffer.from(doc.bytes)], { type: MIME.docx }), 'upload.docx');
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'x-api-key': tenant.adminKey }, body: form });
    const body = (await response.json()) as any;
    expect(body.data.uploadResume.__typename).toBe('ResumeUploadPayload');
    const state = await finished(body.data.uploadResume.upload.id);
    expect(state.candidate.email).toBe(doc.expected.email);
  });

  it('attaches a résumé whose email already belongs to a candidate, without overwriting them', async () => {
    const doc = await generateDocument(701, { kind: 'pdf', layout: 'single' });
    const existing = await gw.gql(tenant.adminKey, `mutation($e: String) { createCandidate(input: { fullName: "Already Here", email: $e, title: "Keep me" }) { ... on CandidatePayload { candidate { id } } } }`, { e: doc.expected.email.toUpperCase() });
    const id = existing.data!.createCandidate.candidate.id;
    const state = await finished((await upload(doc)).upload.id);
    expect(state.outcome).toBe('RESUME_ATTACHED');
    expect(state.candidate).toMatchObject({ id, fullName: 'Already Here', title: 'Keep me' });
    const history = await gw.gql(tenant.adminKey, `{ candidate(id: "${id}") { events { type } } }`);
    expect(history.data!.candidate.events.map((e: any) => e.type)).toEqual(['CREATED', 'RESUME_ATTACHED']);
  });

  it('saves a résumé without an email as a PENDING candidate that needs completion', async () => {
    const bytes = await simplePdf(['Tomas Petrauskas', 'Backend Engineer', '', 'Experience', 'Backend Engineer at Baltic Data, 2019 - Present', '', 'Skills', 'Go, PostgreSQL, Docker']);
    const state = await finished((await upload({ bytes, kind: 'pdf' })).upload.id);
    expect(state.outcome).toBe('NEEDS_COMPLETION');
    expect(state.candidate).toMatchObject({ fullName: 'Tomas Petrauskas', email: null, status: 'PENDING' });
  });

  it.each([
    ['an encrypted PDF', () => pdfEncrypted(), 'pdf', /encrypt|password/i],
    ['a PDF with a looping xref', async () => pdfLoopingXref(), 'pdf', /./],
    ['a scan with no text', () => pdfScannedImage(), 'pdf', /text/i],
    ['a DOCX zip bomb', async () => docxZipBomb(), 'docx', /zip bomb/i],
  ] as const)('fails %s with a clear reason, and keeps processing others', async (_label, make, kind, reason) => {
    const state = await finished((await upload({ bytes: await make(), kind })).upload.id);
    expect(state).toMatchObject({ status: 'FAILED', stage: 'FAILED', outcome: 'FAILED', candidate: null });
    expect(state.error).toMatch(reason);
    const notes = await gw.app.services.db.prisma.notification.count({ where: { kind: 'PROCESSING_FAILED', resumeUploadId: state.id.slice(5) } });
    expect(notes).toBe(1);
  });

  it.each([
    ['invalid base64', { contentBase64: 'JVBERi0x!!!' }, ['contentBase64'], 'not valid base64'],
    ['base64 without padding', { contentBase64: 'JVBERi0' }, ['contentBase64'], 'not valid base64'],
    ['a type the bytes contradict', { mimeType: MIME.docx }, ['contentBase64'], 'is a PDF but was declared as DOCX'],
    ['an unsupported type', { mimeType: 'image/png' }, ['mimeType'], 'PDF or Word'],
    ['a file name over 255 characters', { fileName: `${'x'.repeat(256)}.pdf` }, ['fileName'], '255'],
    ['more than 10 MB, judged from the encoded length', { contentBase64: 'A'.repeat(13_981_020) }, ['size'], '10MB'],
  ])('refuses %s with VALIDATION and stores nothing', async (_label, override, path, message) => {
    const pdf = await simplePdf(['x']);
    const before = await gw.app.services.db.prisma.resumeUpload.count();
    const result = await gw.gql(tenant.adminKey, UPLOAD, { input: { ownerId, fileName: 'a.pdf', mimeType: MIME.pdf, contentBase64: b64(pdf), ...override } });
    expect(result.data!.uploadResume.code).toBe('VALIDATION');
    expect(result.data!.uploadResume.issues[0].path).toEqual(path);
    expect(result.data!.uploadResume.issues[0].message).toContain(message);
    expect(await gw.app.services.db.prisma.resumeUpload.count()).toBe(before);
  });

  it('refuses an owner outside the organization', async () => {
    const other = await gw.tenant();
    const foreign = await gw.gql(other.adminKey, `mutation { createUser(input: { email: "x@y.io", name: "X" }) { ... on UserPayload { user { id number } } } }`);
    const pdf = await simplePdf(['x']);
    const byId = await gw.gql(tenant.adminKey, UPLOAD, { input: { ownerId: foreign.data!.createUser.user.id, fileName: 'a.pdf', mimeType: MIME.pdf, contentBase64: b64(pdf) } });
    expect(byId.data!.uploadResume).toMatchObject({ code: 'NOT_FOUND', entity: 'User' });
    const byNumber = await gw.gql(tenant.adminKey, UPLOAD, { input: { ownerNumber: foreign.data!.createUser.user.number, fileName: 'a.pdf', mimeType: MIME.pdf, contentBase64: b64(pdf) } });
    expect(byNumber.data!.uploadResume).toMatchObject({ code: 'NOT_FOUND', entity: 'User' });
  });

  it('streams every stage over graphql-ws, and a late subscriber sees the finished state first', async () => {
    const client = wsClient(server.url, tenant.adminKey);
    try {
      const doc = await generateDocument(801, { kind: 'pdf', layout: 'single' });
      // Hold the worker so the subscription is open before processing starts.
      await gw.app.worker.stop();
      const accepted = await upload(doc);
      const events = collect<any>(client, `subscription($id: ID!) { resumeProcessing(id: $id) { ${STATE} } }`, { id: accepted.upload.id }, (e) => ['COMPLETED', 'FAILED'].includes(e.resumeProcessing.status));
      await new Promise((resolve) => setTimeout(resolve, 300));
      gw.app.worker.start();
      const stages = (await events).map((e) => e.resumeProcessing.stage);
      expect(stages).toEqual(['RECEIVED', 'EXTRACTING_TEXT', 'EXTRACTING_FIELDS', 'CHECKING_DUPLICATES', 'SAVING', 'COMPLETED']);
      const progress = (await events).map((e) => e.resumeProcessing.progress);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      const last = (await events).at(-1).resumeProcessing;
      expect(last.outcome).toBe('CANDIDATE_CREATED');
      expect(last.candidate.email).toBe(doc.expected.email);

      const late = await collect<any>(client, `subscription($id: ID!) { resumeProcessing(id: $id) { status outcome } }`, { id: accepted.upload.id }, () => false, 30_000);
      expect(late).toEqual([{ resumeProcessing: { status: 'COMPLETED', outcome: 'CANDIDATE_CREATED' } }]);
    } finally {
      gw.app.worker.start();
      await client.dispose();
    }
  });

  it('takes twenty varied résumés at once; each streams to a terminal outcome over graphql-ws', async () => {
    const docs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        generateDocument(1200 + i, [{ kind: 'pdf', layout: 'single' }, { kind: 'pdf', layout: 'sidebar-right' }, { kind: 'docx', layout: 'sections' }, { kind: 'docx', layout: 'single' }][i % 4] as never),
      ),
    );
    const client = wsClient(server.url, tenant.adminKey);
    try {
      const accepted = await Promise.all(docs.map((doc) => upload(doc)));
      const streams = await Promise.all(
        accepted.map((a) => collect<any>(client, `subscription($id: ID!) { resumeProcessing(id: $id) { status outcome candidate { email fullName cv { skills { name } } } } }`, { id: a.upload.id }, (e) => ['COMPLETED', 'FAILED'].includes(e.resumeProcessing.status), 170_000)),
      );
      streams.forEach((events, i) => {
        const last = events.at(-1).resumeProcessing;
        expect(last, JSON.stringify(events)).toMatchObject({ outcome: 'CANDIDATE_CREATED' });
        expect(last.candidate.email).toBe(docs[i]!.expected.email);
        expect(last.candidate.fullName.startsWith(docs[i]!.expected.firstName)).toBe(true);
        expect(last.candidate.fullName.endsWith(docs[i]!.expected.lastName)).toBe(true);
        expect(last.candidate.cv.skills.map((s: any) => s.name)).toEqual(expect.arrayContaining(docs[i]!.expected.skills.slice(0, 2)));
      });
    } finally {
      await client.dispose();
    }
  }, 180_000);

  it('replays an upload retried with the same Idempotency-Key, and refuses the key for another file', async () => {
    const doc = await generateDocument(901, { kind: 'pdf', layout: 'single' });
    const other = await generateDocument(902, { kind: 'pdf', layout: 'single' });
    const key = { 'idempotency-key': `upload-${backend}-901` };
    const send = (bytes: Uint8Array) =>
      gw.gql(tenant.adminKey, UPLOAD, { input: { ownerId, fileName: 'same.pdf', mimeType: MIME.pdf, contentBase64: b64(bytes) } }, key);
    const first = (await send(doc.bytes)).data!.uploadResume;
    const again = (await send(doc.bytes)).data!.uploadResume;
    expect(again.upload.id).toBe(first.upload.id);
    expect(await gw.app.services.db.prisma.resumeUpload.count({ where: { fileName: 'same.pdf' } })).toBe(1);
    // The stored reply must not keep a copy of the file for its 24 hours.
    const stored = await gw.app.services.db.prisma.idempotencyRecord.findFirstOrThrow({ where: { key: key['idempotency-key'] } });
    expect(JSON.stringify(stored.response).length).toBeLessThan(doc.bytes.length / 2);
    expect((await send(other.bytes)).data!.uploadResume.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('streams the same stages over SSE through the same pipeline and auth', async () => {
    const doc = await generateDocument(802, { kind: 'docx', layout: 'single' });
    await gw.app.worker.stop();
    const accepted = await upload(doc);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-api-key': tenant.adminKey },
      body: JSON.stringify({ query: `subscription($id: ID!) { resumeProcessing(id: $id) { stage progress outcome } }`, variables: { id: accepted.upload.id } }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reading = readSse(response, (d) => ['COMPLETED', 'FAILED'].includes(d.data?.resumeProcessing?.stage));
    await new Promise((resolve) => setTimeout(resolve, 300));
    gw.app.worker.start();
    const stages = (await reading).map((e) => e.data.resumeProcessing.stage);
    expect(stages).toEqual(['RECEIVED', 'EXTRACTING_TEXT', 'EXTRACTING_FIELDS', 'CHECKING_DUPLICATES', 'SAVING', 'COMPLETED']);
    const unauthenticated = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { candidateEvents { id } }` }),
    });
    expect(unauthenticated.status).toBe(401);
  });

  it('never delivers one organization’s candidate events or uploads to another', async () => {
    const other = await gw.tenant();
    const mine = wsClient(server.url, tenant.adminKey);
    const theirs = wsClient(server.url, other.adminKey);
    try {
      const theirEvents: any[] = [];
      const stop = theirs.subscribe({ query: 'subscription { candidateEvents { id candidateId } }' }, { next: (r) => theirEvents.push(r), error: () => {}, complete: () => {} });
      const mineDone = collect<any>(mine, `subscription($p: ID) { candidateEvents(filter: { jobPositionId: $p }) { type toStatus candidate { fullName } } }`, { p: positionId }, (e) => e.candidateEvents.toStatus === 'INVITED');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const created = await gw.gql(tenant.adminKey, `mutation($p: ID) { createCandidate(input: { jobPositionId: $p, fullName: "Event Person", email: "event@person.io" }) { ... on CandidatePayload { candidate { id } } } }`, { p: positionId });
      await gw.gql(tenant.adminKey, `mutation { createCandidate(input: { fullName: "Elsewhere" }) { __typename } }`);
      await gw.gql(tenant.adminKey, `mutation { inviteCandidate(input: { candidateId: "${created.data!.createCandidate.candidate.id}" }) { __typename } }`);
      const received = await mineDone;
      expect(received.map((e) => [e.candidateEvents.type, e.candidateEvents.toStatus, e.candidateEvents.candidate.fullName])).toEqual([
        ['CREATED', 'NEW', 'Event Person'],
        ['STATUS_CHANGED', 'INVITED', 'Event Person'],
      ]);
      stop();
      expect(theirEvents).toEqual([]);
      const spy = await collect<any>(theirs, `subscription($id: ID!) { resumeProcessing(id: $id) { status } }`, { id: (await upload(await generateDocument(803, { kind: 'pdf', layout: 'single' }))).upload.id }, () => true, 5_000).catch((e: Error) => e.message);
      expect(String(spy)).toContain('NOT_FOUND');
    } finally {
      await mine.dispose();
      await theirs.dispose();
    }
  });
});
