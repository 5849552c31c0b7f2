// `npm run bench`: prints speed figures as ratios against a baseline measured in the same run
// (these machines are noisy; absolute numbers mean little). Not part of `npm test`.
import { performance } from 'node:perf_hooks';
import { generateDocument } from '../resume/corpus/generate.js';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway } from '../support/harness.js';
import { MIME } from '../support/resumes.js';
import { benchResumeThroughput } from './resume-throughput.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const PAGE = `query($first: Int!) { candidates(first: $first) { totalCount edges { node { id fullName jobPosition { title } latestInterview { status }
  cv { workExperiences { company } skills { name } education { institution } certifications { name } } } } } }`;

async function timed(rounds: number, run: () => Promise<unknown>): Promise<number> {
  await run();
  const start = performance.now();
  for (let i = 0; i < rounds; i += 1) await run();
  return (performance.now() - start) / rounds;
}

for (const backend of await availableBackends()) {
  // The worker starts only for the résumé figures: its polling would blur the statement counts.
  const gw = await startTestGateway(backend, {}, { worker: false, workerOptions: { pollIntervalMs: 50 } });
  const tenant = await gw.tenant();
  const { prisma } = gw.app.services.db;
  const position = await prisma.jobPosition.create({ data: { organizationId: tenant.organizationId, title: 'Bench' } });
  for (let i = 0; i < 120; i += 1) {
    await prisma.candidate.create({
      data: {
        organizationId: tenant.organizationId, jobPositionId: position.id, firstName: `F${i}`, lastName: `L${i}`, fullName: `F${i} L${i}`,
        cv: { create: { workExperiences: { create: [{ position: 0, company: 'Acme', title: 'Dev' }] }, skills: { create: [{ position: 0, name: 'Go' }] } } },
      },
    });
  }
  const baseline = await timed(ROUNDS, () => gw.gql(tenant.adminKey, '{ __typename }'));
  const page5 = await timed(ROUNDS, () => gw.gql(tenant.adminKey, PAGE, { first: 5 }));
  const page100 = await timed(ROUNDS, () => gw.gql(tenant.adminKey, PAGE, { first: 100 }));
  const queries = async (first: number) => {
    const before = gw.app.services.db.queryCount();
    await gw.gql(tenant.adminKey, PAGE, { first });
    return gw.app.services.db.queryCount() - before;
  };
  const counts = { 5: await queries(5), 100: await queries(100) };
  gw.app.worker.start();
  const user = await prisma.user.create({ data: { organizationId: tenant.organizationId, email: 'bench@x.io', name: 'Bench' } });
  const docs = await Promise.all(Array.from({ length: 10 }, (_, i) => generateDocument(4000 + i, { kind: i % 2 ? 'docx' : 'pdf', layout: 'single' } as never)));
  const started = performance.now();
  const ids: string[] = [];
  for (const doc of docs) {
    const res = await gw.gql(tenant.adminKey, `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } } }`, {
      input: { ownerId: `user_${user.id}`, fileName: `b.${doc.kind}`, mimeType: MIME[doc.kind], contentBase64: Buffer.from(doc.bytes).toString('base64') },
    });
    ids.push(res.data!.uploadResume.upload.id.slice(5));
  }
  await eventually(async () => ((await prisma.resumeUpload.count({ where: { id: { in: ids }, status: 'COMPLETED' } })) === ids.length ? true : undefined), 120_000);
  const perResume = (performance.now() - started) / docs.length;
  console.log(`\n[${backend}] baseline { __typename }: ${baseline.toFixed(2)} ms per request`);
  console.log(`[${backend}] candidates(first: 5), nested: ${(page5 / baseline).toFixed(1)}× baseline; SQL statements: ${counts[5]}`);
  console.log(`[${backend}] candidates(first: 100), nested: ${(page100 / baseline).toFixed(1)}× baseline; SQL statements: ${counts[100]}`);
  console.log(`[${backend}] résumé upload → candidate (10 files, 2 workers): ${(perResume / baseline).toFixed(0)}× baseline per résumé (${perResume.toFixed(0)} ms)`);
  console.log(`[${backend}] heap used after run: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  await gw.close();
}

await benchResumeThroughput();
