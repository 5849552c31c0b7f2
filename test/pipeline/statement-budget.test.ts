// The database work of a résumé is part of its throughput: these tests fail when an upload and
// its job need more SQL statements than they do now (counted by the app's own query counter),
// and when two runs of one job race, since the job's single guard is its final write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processResumeHandler } from '../../src/domain/resumes/process-resume.job.js';
import { createHeuristicExtractor } from '../../src/resume/extract-fields.js';
import { generateDocument, type CorpusDocument } from '../resume/corpus/generate.js';
import { availableBackends } from '../support/backends.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { MIME, simplePdf } from '../support/resumes.js';
import { uuidOf } from '../../src/schema/global-id.js';

const backends = await availableBackends();

const UPLOAD = `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } ... on Error { code message } } }`;

/**
 * Upload (owner check, insert, enqueue, commit) 4; job (claim; duplicate lock and check;
 * candidate, CV and up to four non-empty lists; history entry; webhook endpoints; outcome;
 * notification; commit) at most 15. pg-boss's own claiming and completion run on its pool, uncounted.
 */
const STATEMENTS_PER_RESUME = 19;

async function uploadAll(gw: TestGateway, tenant: Tenant, ownerId: string, docs: { bytes: Uint8Array }[]): Promise<string[]> {
  const replies = await Promise.all(
    docs.map((doc, i) =>
      gw.gql(tenant.adminKey, UPLOAD, { input: { ownerId, fileName: `cv-${i}.pdf`, mimeType: MIME.pdf, contentBase64: Buffer.from(doc.bytes).toString('base64') } }),
    ),
  );
  return replies.map((reply) => uuidOf(String(reply.data!.uploadResume.upload.id), 'ResumeUpload')!);
}

describe.each(backends)('SQL statements per résumé on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let ownerId: string;

  beforeAll(async () => {
    // A cached key answers authentication without the database, as it does under load.
    gw = await startTestGateway(backend, { API_KEY_CACHE_TTL_MS: '600000' }, { workerOptions: { pollIntervalMs: 50 } });
    tenant = await gw.tenant();
    const user = await gw.app.services.db.prisma.user.create({ data: { organizationId: tenant.organizationId, email: 'budget@statements.io', name: 'Budget' } });
    ownerId = `user_${user.id}`;
  });
  afterAll(() => gw.close());

  it(`uploads and processes a résumé into a candidate with its CV in at most ${STATEMENTS_PER_RESUME} statements`, async () => {
    const { prisma } = gw.app.services.db;
    let polls = 0;
    const allDone = async (ids: string[]) => {
      for (;;) {
        polls += 1;
        if ((await prisma.resumeUpload.count({ where: { id: { in: ids }, status: { in: ['COMPLETED', 'FAILED'] } } })) === ids.length) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await allDone(await uploadAll(gw, tenant, ownerId, [await generateDocument(7400, { kind: 'pdf', layout: 'single' })]));
    const docs: CorpusDocument[] = await Promise.all([7401, 7402, 7403, 7404, 7405].map((seed) => generateDocument(seed, { kind: 'pdf', layout: 'single' })));

    const before = gw.app.services.db.queryCount();
    polls = 0;
    const ids = await uploadAll(gw, tenant, ownerId, docs);
    await allDone(ids);
    const perResume = (gw.app.services.db.queryCount() - before - polls) / docs.length;

    // The budget holds for the whole work, not for a shortcut: every résumé became a candidate with its CV.
    const uploads = await prisma.resumeUpload.findMany({
      where: { id: { in: ids } },
      select: { outcome: true, candidate: { select: { email: true, cv: { select: { _count: { select: { workExperiences: true, education: true, skills: true } } } } } } },
    });
    expect(uploads.map((u) => u.outcome)).toEqual(docs.map(() => 'CANDIDATE_CREATED'));
    expect(uploads.map((u) => u.candidate?.email).sort()).toEqual(docs.map((d) => d.expected.email).sort());
    for (const u of uploads) {
      const counts = u.candidate!.cv!._count;
      expect(Math.min(counts.workExperiences, counts.education, counts.skills)).toBeGreaterThan(0);
    }
    expect(perResume).toBeLessThanOrEqual(STATEMENTS_PER_RESUME);
  });

});

describe.each(backends)('two runs of one résumé job at once on %s', (backend) => {
  let gw: TestGateway;
  let tenant: Tenant;
  let ownerId: string;

  beforeAll(async () => {
    // No worker: the runs below are the only ones, started together.
    gw = await startTestGateway(backend, {}, { worker: false });
    tenant = await gw.tenant();
    const user = await gw.app.services.db.prisma.user.create({ data: { organizationId: tenant.organizationId, email: 'race@statements.io', name: 'Race' } });
    ownerId = `user_${user.id}`;
  });
  afterAll(() => gw.close());

  it.each([
    ['with an email (the duplicate check serialises them)', 7410],
    ['without an email (only the final write does)', null],
  ] as const)('create one candidate, %s', async (_label, seed) => {
    const { prisma } = gw.app.services.db;
    const doc = seed
      ? await generateDocument(seed, { kind: 'pdf', layout: 'single' })
      : { bytes: await simplePdf(['Ruta Vaitkute', 'Data Engineer', '', 'Experience', 'Data Engineer at Amber Labs, 2020 - Present', '', 'Skills', 'Python, Airflow']) };
    const [id] = await uploadAll(gw, tenant, ownerId, [doc]);
    const handler = processResumeHandler(gw.app.services, createHeuristicExtractor());
    const job = { id: crypto.randomUUID(), kind: 'PROCESS_RESUME' as const, subjectId: id!, attempts: 1, maxAttempts: 4 };
    await Promise.all([handler.run(job), handler.run(job)]);
    // A run after the upload is finished changes nothing.
    await handler.run(job);

    const upload = await prisma.resumeUpload.findUniqueOrThrow({ where: { id: id! }, select: { status: true, outcome: true, candidateId: true } });
    expect(upload).toMatchObject({ status: 'COMPLETED', outcome: seed ? 'CANDIDATE_CREATED' : 'NEEDS_COMPLETION' });
    const sameName = await prisma.candidate.findMany({ where: { organizationId: tenant.organizationId, fullName: (await prisma.candidate.findUniqueOrThrow({ where: { id: upload.candidateId! } })).fullName }, select: { id: true } });
    expect(sameName.map((c) => c.id)).toEqual([upload.candidateId]);
    expect(await prisma.candidateEvent.count({ where: { candidateId: upload.candidateId! } })).toBe(1);
    expect(await prisma.notification.count({ where: { resumeUploadId: id! } })).toBe(1);
  });
});
