// Résumé throughput for `npm run bench`: a batch uploaded at once, through GraphQL to finished
// candidates, as a ratio to parsing the same files alone (text extraction, no database) in this run.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { extractResumeText } from '../../src/resume/extract-text.js';
import { generateDocument, type CorpusDocument } from '../resume/corpus/generate.js';
import { availableBackends, type BackendName } from '../support/backends.js';
import { startTestGateway } from '../support/harness.js';
import { MIME } from '../support/resumes.js';

const BATCH = 30;
const UPLOAD = `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } ... on Error { code message } } }`;

interface Batch {
  label: string;
  docs: CorpusDocument[];
}

const pageCount = (doc: CorpusDocument) => (Buffer.from(doc.bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

/** The first BATCH generated PDFs (from a fixed seed, so every run sees the same files) with the wanted page count. */
async function pdfsWithPages(pages: number, firstSeed: number): Promise<CorpusDocument[]> {
  const docs: CorpusDocument[] = [];
  for (let seed = firstSeed; docs.length < BATCH; seed += 1) {
    const doc = await generateDocument(seed, { kind: 'pdf', layout: seed % 4 === 3 ? 'sidebar-left' : 'single' });
    if (pageCount(doc) === pages) docs.push(doc);
  }
  return docs;
}

interface Run {
  perSecond: number;
  /** CPU seconds this process (every thread) spent per résumé. */
  cpuPerResume: number;
  wallMs: number;
}

async function measure(count: number, work: () => Promise<unknown>): Promise<Run> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { perSecond: count / (wallMs / 1000), cpuPerResume: (used.user + used.system) / 1e6 / count, wallMs };
}

/** Text extraction alone, all files at once through the same worker pool the pipeline uses. */
function pureParse(docs: CorpusDocument[]): Promise<Run> {
  return measure(docs.length, () => Promise.all(docs.map((doc) => extractResumeText(doc.bytes, 'pdf'))));
}

async function pipeline(backend: BackendName, docs: CorpusDocument[], warmUpDocs: CorpusDocument[]): Promise<Run & { statements: number; completed: number }> {
  const gw = await startTestGateway(backend, {}, { workerOptions: { pollIntervalMs: 50 } });
  try {
    const tenant = await gw.tenant();
    const { prisma } = gw.app.services.db;
    const user = await prisma.user.create({ data: { organizationId: tenant.organizationId, email: 'throughput@bench.io', name: 'Bench' } });
    const upload = (doc: CorpusDocument, i: number) =>
      gw.gql(tenant.adminKey, UPLOAD, {
        input: { ownerId: `user_${user.id}`, fileName: `cv-${i}.pdf`, mimeType: MIME.pdf, contentBase64: Buffer.from(doc.bytes).toString('base64') },
      });
    let polls = 0;
    const allDone = async (ids: string[]) => {
      for (;;) {
        polls += 1;
        if ((await prisma.resumeUpload.count({ where: { id: { in: ids }, status: { in: ['COMPLETED', 'FAILED'] } } })) === ids.length) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    // A running server is warm: its parse threads are up and its regular expressions compiled.
    const warmUp = await Promise.all(warmUpDocs.map((doc, i) => upload(doc, i)));
    await allDone(warmUp.map((reply) => String(reply.data!.uploadResume.upload.id).slice(5)));
    const statementsBefore = gw.app.services.db.queryCount();
    const run = await measure(docs.length, async () => {
      const replies = await Promise.all(docs.map((doc, i) => upload(doc, i)));
      const failedUploads = replies.filter((reply) => !reply.data?.uploadResume?.upload);
      if (failedUploads.length > 0) throw new Error(`upload refused: ${JSON.stringify(failedUploads[0])}`);
      await allDone(replies.map((reply) => String(reply.data!.uploadResume.upload.id).slice(5)));
    });
    const statements = (gw.app.services.db.queryCount() - statementsBefore - polls) / docs.length;
    const completed = (await prisma.resumeUpload.count({ where: { status: 'COMPLETED', outcome: 'CANDIDATE_CREATED' } })) - warmUpDocs.length;
    return { ...run, statements, completed };
  } finally {
    await gw.close();
  }
}

/** Résumés per second through the whole pipeline, against pure parsing in the same run; returns report lines. */
export async function benchResumeThroughput(): Promise<string> {
  const lines: string[] = [];
  const batches: Batch[] = [
    { label: `${BATCH} one-page PDFs`, docs: await pdfsWithPages(1, 7000) },
    { label: `${BATCH} two-page PDFs`, docs: await pdfsWithPages(2, 8000) },
  ];
  const warmUpDocs = await Promise.all(Array.from({ length: 6 }, (_, i) => generateDocument(6500 + i, { kind: 'pdf', layout: 'single' })));
  const backends = await availableBackends();
  lines.push(`\nRésumé throughput (${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at start)`);
  for (const batch of batches) {
    // Pool threads start on first use; the baseline is measured warm, like the pipeline.
    await pureParse(warmUpDocs);
    for (const backend of backends) {
      const parse = await pureParse(batch.docs);
      const full = await pipeline(backend, batch.docs, warmUpDocs);
      lines.push(
        `[${backend}] ${batch.label}: ${full.perSecond.toFixed(1)} résumés/s end to end (${full.completed}/${batch.docs.length} candidates, ${full.wallMs.toFixed(0)} ms) = ` +
          `${(full.perSecond / parse.perSecond).toFixed(2)}× pure parse (${parse.perSecond.toFixed(1)}/s); ` +
          `gateway CPU ${(full.cpuPerResume * 1000).toFixed(0)} ms per résumé (parse alone ${(parse.cpuPerResume * 1000).toFixed(0)} ms); ` +
          `${full.statements.toFixed(1)} SQL statements per résumé`,
      );
    }
  }
  lines.push(`load average ${loadavg()[0]!.toFixed(1)} at end`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchResumeThroughput());
