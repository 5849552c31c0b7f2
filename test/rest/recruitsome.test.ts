import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompatFailure } from '../../src/rest/compat-failure.js';
import { recruitsome } from '../../src/rest/recruitsome/recruitsome.dialect.js';
import { startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import * as example from './recruitsome.examples.js';
import { expectDocumentedShape, expectRequestId, restClient, UUID } from './rest-support.js';

function pdfBase64(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks).toString('base64')));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });
}

const CREATE_USER = `mutation { createUser(input: { name: "Rita Recruiter", email: "rita@example.com" }) { ... on UserPayload { user { id number } } } }`;
const UPLOAD = `query($id: ID!) { resumeUpload(id: $id) { id fileName mimeType createIntake owner { id } } }`;

describe('Recruitsome dialect on pglite', () => {
  let gw: TestGateway;
  let tenant: Tenant;
  let rest: ReturnType<typeof restClient>;
  let key: { bearer: string };
  let user: { id: string; number: number };
  let content: string;

  beforeAll(async () => {
    gw = await startTestGateway('pglite');
    tenant = await gw.tenant();
    key = { bearer: tenant.adminKey };
    rest = restClient(gw, 'recruitsome');
    user = (await gw.gql(tenant.adminKey, CREATE_USER)).data!.createUser.user;
    content = await pdfBase64('John Doe\njohn.doe@example.com\nSenior Developer');
  });
  afterAll(() => gw.close());

  it('POST /api/v1/candidates — the documented curl: 202 with a processing_id that names our upload', async () => {
    const res = await rest('POST', '/api/v1/candidates', key, { user_id: user.number, resume: { filename: 'john_doe_cv.pdf', content, mime_type: 'application/pdf' } });
    expect(res.status).toBe(202);
    expectRequestId(res);
    expectDocumentedShape(res.body, example.accepted);
    expect(res.body.message).toBe(example.accepted.message);
    expect(res.body.data.processing_id).toMatch(UUID);
    const upload = await gw.gql(tenant.adminKey, UPLOAD, { id: `proc_${res.body.data.processing_id}` });
    expect(upload.data!.resumeUpload).toMatchObject({ fileName: 'john_doe_cv.pdf', mimeType: 'application/pdf', createIntake: false, owner: { id: user.id } });
  });

  it('With intake creation: create_intake is accepted (and ignored without the Intake feature)', async () => {
    const res = await rest('POST', '/api/v1/candidates', key, { user_id: user.number, resume: { filename: 'jane_smith_cv.pdf', content, mime_type: 'application/pdf' }, create_intake: true });
    expect(res.status).toBe(202);
    expectDocumentedShape(res.body, example.accepted);
  });

  it('422 — per-field errors in Laravel shape: missing resume, unknown user, wrong MIME type, wrong types', async () => {
    const missing = await rest('POST', '/api/v1/candidates', key, { user_id: user.number });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ message: 'The given data was invalid.', errors: { resume: ['A resume document is required to create a candidate.'] } });

    const unknownUser = await rest('POST', '/api/v1/candidates', key, { user_id: 9999, resume: { filename: 'a.pdf', content, mime_type: 'application/pdf' } });
    expect(unknownUser.status).toBe(422);
    expect(unknownUser.body).toEqual({ message: 'The given data was invalid.', errors: { user_id: ['The specified user does not exist.'] } });

    const mime = await rest('POST', '/api/v1/candidates', key, { user_id: user.number, resume: { filename: 'a.png', content, mime_type: 'image/png' } });
    expect(mime.status).toBe(422);
    expect(Object.keys(mime.body.errors)).toEqual(['resume.mime_type']);
    expect(mime.body.errors['resume.mime_type'][0]).toMatch(/^The resume must be a PDF or Word document/);

    const types = await rest('POST', '/api/v1/candidates', key, { user_id: '1', resume: { filename: 'a.pdf', mime_type: 'application/pdf' }, create_intake: 'yes' });
    expect(types.status).toBe(422);
    expect(Object.keys(types.body.errors).sort()).toEqual(['create_intake', 'resume.content', 'user_id']);
    for (const messages of Object.values(types.body.errors)) expect(messages).toEqual([expect.any(String)]);

    const huge = await rest('POST', '/api/v1/candidates', key, { user_id: 99_999_999_999, resume: { filename: 'a.pdf', content, mime_type: 'application/pdf' } });
    expect(huge.status).toBe(422);
    expect(Object.keys(huge.body.errors)).toEqual(['user_id']);

    const longName = await rest('POST', '/api/v1/candidates', key, { user_id: user.number, resume: { filename: `${'a'.repeat(256)}.pdf`, content, mime_type: 'application/pdf' } });
    expect(Object.keys(longName.body.errors)).toEqual(['resume.filename']);
  });

  it('422 INVALID_RESUME_CONTENT for content that is not base64 (or not the declared document)', async () => {
    const res = await rest('POST', '/api/v1/candidates', key, { user_id: user.number, resume: { filename: 'a.pdf', content: 'JVBERi0xLjQKJeLj...', mime_type: 'application/pdf' } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual(example.invalidContent);
    const notPdf = await rest('POST', '/api/v1/candidates', key, { user_id: user.number, resume: { filename: 'a.pdf', content: Buffer.from('plain text').toString('base64'), mime_type: 'application/pdf' } });
    expect(notPdf.status).toBe(422);
    expect(notPdf.body.error).toBe('INVALID_RESUME_CONTENT');
  });

  it('422 for a file over 10MB', async () => {
    const res = await rest('POST', '/api/v1/candidates', key, { user_id: user.number, resume: { filename: 'big.pdf', content: 'A'.repeat(14_000_000), mime_type: 'application/pdf' } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual(example.tooLarge);
  });

  it('401 without a key; 500 body for unexpected failures', async () => {
    const res = await rest('POST', '/api/v1/candidates', null, { user_id: user.number, resume: { filename: 'a.pdf', content, mime_type: 'application/pdf' } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ message: 'Unauthenticated.' });
    expect(recruitsome.failure(new CompatFailure('INTERNAL', 'boom'), { requestId: 'r', method: 'POST' })).toEqual({ status: 500, body: example.serverError });
  });
});
