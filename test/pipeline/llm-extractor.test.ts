import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDocument } from '../resume/corpus/generate.js';
import { availableBackends } from '../support/backends.js';
import { eventually, startTestGateway, type Tenant, type TestGateway } from '../support/harness.js';
import { MIME } from '../support/resumes.js';

const backends = await availableBackends();

const UPLOAD = `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { ... on ResumeUploadPayload { upload { id } } ... on Error { code message } } }`;
const STATE = `status outcome error candidate { fullName email phone title cv { parseSource skills { name } workExperiences { company title } } }
  extracted { extractor fullName email title cv { workExperiences { company title isCurrent } skills { name category } } }`;

type Reply = 'structured' | 'prose' | 'off-schema' | 'silent';

/** The model is the only thing mocked: a chat-completions endpoint whose answers the test chooses. */
function fakeModelServer() {
  const requests: any[] = [];
  const held: ServerResponse[] = [];
  let reply: Reply = 'structured';
  const answer = (res: ServerResponse, content: string) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: 'resume-model',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404).end();
      return;
    }
    const request = JSON.parse(body);
    requests.push({ ...request, authorization: req.headers.authorization });
    const resumeText: string = request.messages.at(-1).content;
    const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(resumeText)?.[0] ?? null;
    switch (reply) {
      case 'structured':
        return answer(
          res,
          JSON.stringify({
            firstName: 'Ada',
            lastName: 'Model',
            fullName: 'Ada Model',
            email,
            phone: '+44 20 7946 0958',
            title: 'Staff Platform Engineer',
            summary: null,
            linkedinUrl: null,
            portfolioUrl: null,
            workExperiences: [
              { company: 'Model Works', title: 'Staff Platform Engineer', startDate: '2021-03', endDate: null, isCurrent: true, description: null },
              { company: 'Earlier Ltd', title: 'Engineer', startDate: '2017', endDate: '2021-02', isCurrent: false, description: 'Built things.' },
            ],
            education: [{ institution: 'University of Somewhere', degree: 'BSc', field: 'Computer Science', startDate: null, endDate: '2017' }],
            skills: [
              { name: 'Kafka', category: 'technical', proficiency: null },
              { name: 'TypeScript', category: 'technical', proficiency: 'expert' },
            ],
            certifications: [],
          }),
        );
      case 'prose':
        return answer(res, 'Sure! The candidate is Ada Model, a staff engineer.');
      case 'off-schema':
        // Valid JSON in the requested shape whose dates break the CV schema.
        return answer(
          res,
          JSON.stringify({
            firstName: 'Ada', lastName: 'Model', fullName: 'Ada Model', email, phone: null, title: null, summary: null, linkedinUrl: null, portfolioUrl: null,
            workExperiences: [{ company: 'Model Works', title: 'Engineer', startDate: 'last spring', endDate: null, isCurrent: true, description: null }],
            education: [], skills: [], certifications: [],
          }),
        );
      case 'silent':
        held.push(res);
        return;
    }
  });
  return {
    requests,
    set reply(value: Reply) {
      reply = value;
    },
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe.each(backends)('LLM field extraction on %s', (backend) => {
  const model = fakeModelServer();
  let gw: TestGateway;
  let tenant: Tenant;
  let ownerId: string;
  let seed = 2100;

  beforeAll(async () => {
    const baseUrl = await model.listen();
    gw = await startTestGateway(backend, { RESUME_EXTRACTOR: 'llm', LLM_BASE_URL: baseUrl, LLM_MODEL: 'resume-model', LLM_API_KEY: 'sk-test', LLM_TIMEOUT_MS: '8000' });
    tenant = await gw.tenant();
    const user = await gw.gql(tenant.adminKey, `mutation { createUser(input: { email: "llm@acme.io", name: "Lena Llm" }) { ... on UserPayload { user { id } } } }`);
    ownerId = user.data!.createUser.user.id;
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });
  beforeEach(() => {
    model.requests.length = 0;
  });

  async function uploadGenerated() {
    const doc = await generateDocument(seed++, { kind: 'pdf', layout: 'single' });
    const res = await gw.gql(tenant.adminKey, UPLOAD, { input: { ownerId, fileName: 'cv.pdf', mimeType: MIME.pdf, contentBase64: Buffer.from(doc.bytes).toString('base64') } });
    const id = res.data!.uploadResume.upload.id as string;
    const state = await eventually(async () => {
      const current = (await gw.gql(tenant.adminKey, `query($id: ID!) { resumeUpload(id: $id) { ${STATE} } }`, { id })).data!.resumeUpload;
      return current.status === 'COMPLETED' || current.status === 'FAILED' ? current : undefined;
    }, 30_000);
    return { doc, state };
  }

  it('asks the model for JSON-schema output and saves its validated answer', async () => {
    model.reply = 'structured';
    const { doc, state } = await uploadGenerated();
    expect(model.requests).toHaveLength(1);
    const [request] = model.requests;
    expect(request).toMatchObject({ model: 'resume-model', authorization: 'Bearer sk-test', response_format: { type: 'json_schema', json_schema: { name: 'resume', strict: true } } });
    expect(Object.keys(request.response_format.json_schema.schema.properties)).toEqual(expect.arrayContaining(['email', 'workExperiences', 'education', 'skills']));
    expect(request.messages.at(-1).content).toContain(doc.expected.email);

    expect(state).toMatchObject({ status: 'COMPLETED', outcome: 'CANDIDATE_CREATED', error: null });
    expect(state.candidate).toMatchObject({ fullName: 'Ada Model', email: doc.expected.email, title: 'Staff Platform Engineer', cv: { parseSource: 'RESUME' } });
    expect(state.candidate.cv.workExperiences).toEqual([{ company: 'Model Works', title: 'Staff Platform Engineer' }, { company: 'Earlier Ltd', title: 'Engineer' }]);
    expect(state.candidate.cv.skills.map((s: any) => s.name)).toEqual(['Kafka', 'TypeScript']);
    expect(state.extracted).toMatchObject({ extractor: 'llm', fullName: 'Ada Model', cv: { workExperiences: [{ company: 'Model Works', isCurrent: true }, { company: 'Earlier Ltd', isCurrent: false }], skills: [{ name: 'Kafka', category: 'TECHNICAL' }, { name: 'TypeScript' }] } });
  });

  it.each([
    ['answers prose instead of JSON', 'prose'],
    ['answers JSON that breaks the CV schema', 'off-schema'],
    ['does not answer within LLM_TIMEOUT_MS', 'silent'],
  ] as const)('falls back to the built-in extractor when the model %s', async (_label, reply) => {
    model.reply = reply;
    const { doc, state } = await uploadGenerated();
    expect(model.requests).toHaveLength(1);
    expect(state).toMatchObject({ status: 'COMPLETED', outcome: 'CANDIDATE_CREATED', error: null });
    expect(state.candidate.fullName).toBe(`${doc.expected.firstName} ${doc.expected.lastName}`);
    expect(state.candidate.email).toBe(doc.expected.email);
    expect(state.extracted).toMatchObject({ extractor: 'heuristic', email: doc.expected.email });
    expect(state.candidate.cv.workExperiences.map((w: any) => w.company)).toEqual(doc.expected.workExperiences.map((w) => w.company));
  });
});
