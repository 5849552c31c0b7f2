import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument } from '../resume/corpus/generate.js';
import { pdfLoopingXref } from '../resume/corpus/hostile.js';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { MIME, simplePdf } from '../support/resumes.js';
import { nulBytePdf } from './nul-byte-pdf.js';

const backends = await availableBackends();

const UPLOAD = `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } ... on Error { code message } } }`;
const STATE = `id status outcome error candidate { id fullName email title }
  extracted { extractor firstName lastName fullName email phone title cv { summary workExperiences { company title isCurrent } education { institution } skills { name category } certifications { name } } }`;

// What a user-facing reason must never carry: a file path, a stack frame, or the database's own words.
const INTERNAL_DETAIL = /\/[\w.-]+\/[\w.-]+|\bat .+:\d+|prisma|invocation|SQLSTATE|\.ts\b|\.js\b/i;

describe.each(backends)('résumé review data and failure reasons on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let ownerId: string;

  beforeAll(async () => {
    // Quick retries so the dead-letter path is reached in a moment.
    gw = await startTestGateway(backend, {}, { workerOptions: { pollIntervalMs: 50 }, jobPolicies: { PROCESS_RESUME: { maxAttempts: 4, retryDelaySeconds: 0, retryBackoff: false } } });
    tenant = await gw.tenant();
    const user = await gw.gql(tenant.adminKey, `mutation { createUser(input: { email: "reviewer@acme.io", name: "Rita Reviewer" }) { ... on UserPayload { user { id } } } }`);
    ownerId = user.data!.createUser.user.id;
  });
  afterAll(async () => {
    await gw.close();
  });

  async function process(bytes: Uint8Array, fileName: string, kind: keyof typeof MIME = 'pdf') {
    const res = await gw.gql(tenant.adminKey, UPLOAD, { input: { ownerId, fileName, mimeType: MIME[kind], contentBase64: Buffer.from(bytes).toString('base64') } });
    const id = res.data!.uploadResume.upload.id as string;
    return eventually(async () => {
      const state = (await gw.gql(tenant.adminKey, `query($id: ID!) { resumeUpload(id: $id) { ${STATE} } }`, { id })).data!.resumeUpload;
      return state.status === 'COMPLETED' || state.status === 'FAILED' ? state : undefined;
    }, 60_000);
  }

  // The upload's status is written inside the job; pg-boss records the job's own end a moment after the handler returns.
  function settledJob(uploadId: string) {
    return eventually(async () => {
      const [job] = await gw.app.services.db.prisma.$queryRawUnsafe<{ state: string; retry_count: number; output: unknown }[]>(
        `SELECT state, retry_count, output FROM pgboss.job WHERE name = 'PROCESS_RESUME' AND data->>'subjectId' = $1`, uploadId.slice(5));
      return job && job.state !== 'active' ? job : undefined;
    });
  }

  it('turns a PDF whose text holds NUL characters into a clean candidate on the first attempt', async () => {
    const pdf = nulBytePdf(['Nora\u0000 Nulberg', 'Backend\u0000 Engineer', 'nora.nulberg@example.org', '', 'Experience', 'Backend Engineer at Null\u0000 Systems, 2019 - Present', '', 'Skills', 'Go, PostgreSQL\u0000, Docker']);
    const state = await process(pdf, 'nora.pdf');
    expect(state).toMatchObject({ status: 'COMPLETED', outcome: 'CANDIDATE_CREATED', error: null });
    expect(state.candidate).toMatchObject({ fullName: 'Nora Nulberg', email: 'nora.nulberg@example.org' });
    expect(JSON.stringify(state)).not.toContain('\\u0000');
    const row = await gw.app.services.db.prisma.candidate.findUniqueOrThrow({ where: { id: state.candidate.id.replace(/^[a-z]+_/, '') }, select: { cvText: true } });
    expect(row.cvText).toContain('Nora Nulberg');
    expect(row.cvText).not.toContain('\u0000');
    const job = await settledJob(state.id);
    expect(job).toMatchObject({ state: 'completed', retry_count: 0 });
  });

  it('keeps the extracted fields on the upload for every outcome', async () => {
    const doc = await generateDocument(1501, { kind: 'pdf', layout: 'single' });
    const created = await process(doc.bytes, 'created.pdf');
    expect(created.outcome).toBe('CANDIDATE_CREATED');
    expect(created.extracted).toMatchObject({ extractor: 'heuristic', firstName: doc.expected.firstName, lastName: doc.expected.lastName, email: doc.expected.email });
    expect(created.extracted.cv.workExperiences.map((w: any) => w.company)).toEqual(doc.expected.workExperiences.map((w) => w.company));
    expect(created.extracted.cv.skills.map((s: any) => s.name)).toEqual(expect.arrayContaining(doc.expected.skills.slice(0, 3)));

    // The same email again: the résumé is attached, and its fields are what the reviewer compares.
    const attached = await process(doc.bytes, 'attached.pdf');
    expect(attached.outcome).toBe('RESUME_ATTACHED');
    expect(attached.candidate.id).toBe(created.candidate.id);
    expect(attached.extracted).toEqual(created.extracted);

    const pending = await process(await simplePdf(['Tomas Petrauskas', 'Backend Engineer', '', 'Experience', 'Backend Engineer at Baltic Data, 2019 - Present']), 'pending.pdf');
    expect(pending).toMatchObject({ outcome: 'NEEDS_COMPLETION', extracted: { fullName: 'Tomas Petrauskas', email: null, cv: { workExperiences: [{ company: 'Baltic Data', isCurrent: true }] } } });

    const unreadable = await process(pdfLoopingXref(), 'unreadable.pdf');
    expect(unreadable).toMatchObject({ outcome: 'FAILED', extracted: null });
  });

  it('fails a PDF with a looping xref with a short reason and no candidate', async () => {
    const state = await process(pdfLoopingXref(), 'Jonas Kazlauskas.pdf');
    expect(state).toMatchObject({ status: 'FAILED', outcome: 'FAILED', candidate: null });
    expect(state.error).toBe('The PDF could not be parsed; it may be damaged.');
  });

  it('treats text with no name, email or phone as having no text, instead of naming a candidate after the file', async () => {
    const pdf = await simplePdf(['lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.']);
    const state = await process(pdf, 'Jonas Kazlauskas.pdf');
    expect(state).toMatchObject({ status: 'FAILED', outcome: 'FAILED', candidate: null });
    expect(state.error).toMatch(/no name, email address or phone number/i);
    expect(await gw.app.services.db.prisma.candidate.count({ where: { fullName: 'Jonas Kazlauskas' } })).toBe(0);
  });

  it('reports a database failure as a short reason; the details stay in the job record', async () => {
    const { prisma } = gw.app.services.db;
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_candidate() RETURNS trigger AS $$ BEGIN
      RAISE EXCEPTION 'refused at /srv/gateway/src/domain/insert-candidate.ts:42'; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_candidate BEFORE INSERT ON "Candidate" FOR EACH ROW WHEN (NEW."fullName" = 'Petra Refused') EXECUTE FUNCTION refuse_candidate()`);
    try {
      const state = await process(await simplePdf(['Petra Refused', 'Data Engineer', 'petra.refused@example.org']), 'petra.pdf');
      expect(state).toMatchObject({ status: 'FAILED', outcome: 'FAILED', candidate: null });
      expect(state.error).toBe('The résumé could not be processed because of an internal error. Try uploading it again later.');
      expect(state.error).not.toMatch(INTERNAL_DETAIL);
      const job = await settledJob(state.id);
      expect(job.state).toBe('failed');
      expect(JSON.stringify(job.output)).toContain('refused at /srv/gateway');
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_candidate ON "Candidate"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_candidate()`);
    }
  });

  it('gives no failure reason that carries a path, a stack or database text', async () => {
    const failed = await gw.app.services.db.prisma.resumeUpload.findMany({ where: { status: 'FAILED' }, select: { error: true } });
    expect(failed.length).toBeGreaterThanOrEqual(4);
    for (const { error } of failed) expect(error).not.toMatch(INTERNAL_DETAIL);
  });
});
