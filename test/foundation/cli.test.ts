import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends, isolatedTarget, type IsolatedTarget } from '../support/backends.js';
import { cliPath, runCli, startServerProcess } from '../support/processes.js';
import { projectRoot } from '../../src/project-root.js';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.js';
import { SCOPES } from '../../src/auth/scopes.js';
import { simplePdf } from '../support/resumes.js';

const backends = await availableBackends();
// Each spawned command opens PGlite and may migrate it: minutes on a shared, busy machine.
const SLOW = 240_000;

async function graphql(url: string, key: string, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('candidate-gateway CLI on the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cg-cli-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));
  const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: '' });

  it('--help lists every command', async () => {
    const { code, stdout } = await runCli(['--help'], env());
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'orgs', 'keys']) expect(stdout).toContain(command);
  });

  it('creates an organization and a key printed as exactly one JSON object', async () => {
    expect((await runCli(['orgs', 'create', 'acme', '--name', 'Acme Corp'], env(), SLOW)).code).toBe(0);
    const duplicate = await runCli(['orgs', 'create', 'acme'], env(), SLOW);
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.stderr).toContain('already exists');
    const { code, stdout } = await runCli(['keys', 'create', '--org', 'acme', '--scopes', 'read:candidates,admin', '--name', 'ci', '--json'], env(), SLOW);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ prefix: expect.stringMatching(/^cgw_/), scopes: ['read:candidates', 'admin'], name: 'ci' });
    expect(printed.key.startsWith(printed.prefix)).toBe(true);
    expect((await runCli(['keys', 'revoke', printed.prefix], env(), SLOW)).code).toBe(0);
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const audit = await db.prisma.auditEntry.findMany({ where: { targetId: printed.prefix }, orderBy: { createdAt: 'asc' } });
      expect(audit.map((a) => [a.action, a.result, (a.detail as { via: string }).via])).toEqual([
        ['apiKey.create', 'SUCCESS', 'cli'],
        ['apiKey.revoke', 'SUCCESS', 'cli'],
      ]);
      expect(JSON.stringify(audit)).not.toContain(printed.key);
      expect((await db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: printed.prefix } })).revokedAt).toBeInstanceOf(Date);
    } finally {
      await db.close();
    }
  }, 2 * SLOW);

  it('refuses unknown scopes and unknown organizations with a clear message', async () => {
    const badScope = await runCli(['keys', 'create', '--org', 'acme', '--scopes', 'read:everything'], env(), SLOW);
    expect(badScope.code).not.toBe(0);
    expect(badScope.stderr).toContain('Unknown scope(s): read:everything');
    const badOrg = await runCli(['keys', 'create', '--org', 'nope', '--scopes', 'admin'], env(), SLOW);
    expect(badOrg.stderr).toContain('No organization "nope"');
  }, 2 * SLOW);

  it('serves a key made by the CLI, refuses invalid keys, and keeps serving when a second process is refused the data directory', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'cg-serve-'));
    const server = await startServerProcess({ DATA_DIR: fresh, DATABASE_URL: '' }, SLOW);
    try {
      expect(server.output()).toContain('Created organization "default"');
      const bootstrapKey = /\n {2}(cgw_\S+)\n/.exec(server.output())?.[1];
      expect(bootstrapKey).toBeDefined();
      expect((await graphql(server.url, bootstrapKey!, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
      expect((await graphql(server.url, 'cgw_invalid', '{ __typename }')).status).toBe(401);

      const second = await runCli(['serve'], { DATA_DIR: fresh, DATABASE_URL: '', PORT: '0' }, SLOW);
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain('is in use by another candidate-gateway process');
      const cliWhileServing = await runCli(['keys', 'create', '--org', 'default', '--scopes', 'admin'], { DATA_DIR: fresh, DATABASE_URL: '' }, SLOW);
      expect(cliWhileServing.code).not.toBe(0);
      expect((await graphql(server.url, bootstrapKey!, '{ viewer { organization { slug } } }')).body.data.viewer.organization.slug).toBe('default');
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
    const keys = await runCli(['keys', 'create', '--org', 'default', '--scopes', 'read:candidates', '--json'], { DATA_DIR: fresh, DATABASE_URL: '' }, SLOW);
    expect(keys.code).toBe(0);
    const restarted = await startServerProcess({ DATA_DIR: fresh, DATABASE_URL: '' }, SLOW);
    try {
      expect(restarted.output()).not.toContain('Created organization');
      expect((await graphql(restarted.url, JSON.parse(keys.stdout).key, '{ __typename }')).status).toBe(200);
    } finally {
      restarted.child.kill('SIGTERM');
      await restarted.exited;
      await rm(fresh, { recursive: true, force: true });
    }
  }, 3 * SLOW);

  it('fails fast with a clear message on an invalid setting', async () => {
    const { code, stderr } = await runCli(['serve'], { DATA_DIR: dataDir, PORT: 'eighty' });
    expect(code).toBe(78);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toContain('PORT');
  });
});

describe.runIf(backends.includes('postgres'))('candidate-gateway migrate on PostgreSQL', () => {
  let isolated: IsolatedTarget;
  beforeAll(async () => {
    isolated = await isolatedTarget('postgres');
  });
  afterAll(() => isolated.drop());

  it('leaves one finished _prisma_migrations row per migration directory in an empty database', async () => {
    const url = (isolated.target as { url: string }).url;
    const first = await runCli(['migrate'], { DATABASE_URL: url });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Applied:');
    const again = await runCli(['migrate'], { DATABASE_URL: url });
    expect(again.stdout).toContain('up to date');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    await client.end();
    const { readdir } = await import('node:fs/promises');
    const { migrationsDir } = await import('../../src/db/migrations.js');
    const dirs = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(rows.map((r: { migration_name: string }) => r.migration_name).sort()).toEqual(dirs.sort());
  });
});

describe('candidate-gateway import, lists and errors on the embedded database', () => {
  let dataDir: string;
  let cvDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cg-import-'));
    cvDir = await mkdtemp(join(tmpdir(), 'cg-cvs-'));
    for (let i = 0; i < 10; i += 1) {
      await writeFile(join(cvDir, `candidate-${i}.pdf`), await simplePdf([`Alex Importer${i}`, `alex.importer${i}@example.com`, 'Backend Engineer']));
    }
    await writeFile(join(cvDir, 'notes.txt'), 'not a résumé');
    expect((await runCli(['orgs', 'create', 'acme'], env(), SLOW)).code).toBe(0);
  }, SLOW);
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await rm(cvDir, { recursive: true, force: true });
  });
  const env = () => ({ DATA_DIR: dataDir, DATABASE_URL: '' });

  async function candidates() {
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      return await db.prisma.candidate.findMany({ where: { organization: { slug: 'acme' } }, select: { email: true, importSource: true, fullName: true, cv: { include: { workExperiences: true } } } });
    } finally {
      await db.close();
    }
  }

  it('--help, worker --help, keys create --help and argument errors answer without loading the application', async () => {
    // A setting the application would refuse proves the help path never reads the configuration,
    // and the import guard fails the process on any module beyond commander and the scope list.
    const guard = pathToFileURL(join(projectRoot, 'test', 'support', 'cli-import-guard.mjs')).href;
    const broken = { ...env(), DATABASE_URL: 'mysql://u@localhost/db', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${guard}` };
    const startedHelp = performance.now();
    const help = await runCli(['--help'], broken, SLOW);
    const helpMs = performance.now() - startedHelp;
    expect(help.code).toBe(0);
    for (const command of ['serve', 'worker', 'migrate', 'orgs', 'keys', 'import']) expect(help.stdout).toContain(command);
    const worker = await runCli(['worker', '--help'], broken, SLOW);
    expect(worker.code).toBe(0);
    expect(worker.stdout).toContain('Run only the background workers');
    const keyHelp = await runCli(['keys', 'create', '--help'], broken, SLOW);
    for (const scope of SCOPES) expect(keyHelp.stdout).toContain(`  ${scope}\n`);
    const missing = await runCli(['keys', 'create', '--org', 'acme'], broken, SLOW);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("error: required option '--scopes <csv>' not specified");
    const unknown = await runCli(['frobnicate'], broken, SLOW);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("error: unknown command 'frobnicate'");
    // The guard itself: a command that needs the application is stopped by it.
    const guarded = await runCli(['orgs', 'list'], broken, SLOW);
    expect(guarded.code).not.toBe(0);
    expect(guarded.stderr).toContain('the CLI loaded file://');
    // The peer: a command that opens the database, run in the same conditions.
    const startedList = performance.now();
    expect((await runCli(['orgs', 'list'], env(), SLOW)).code).toBe(0);
    const listMs = performance.now() - startedList;
    expect(helpMs / listMs).toBeLessThan(0.5);
  }, 2 * SLOW);

  it('imports a directory of 10 PDFs as 10 candidates; a second run creates nothing', async () => {
    const first = await runCli(['import', cvDir, '--org', 'acme', '--owner', 'recruiter@acme.io', '--json'], env(), SLOW);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ source: 'resumes', total: 10, created: 10, attached: 0, needsCompletion: 0, alreadyImported: 0, failed: [], skipped: ['notes.txt'] });
    // Not a terminal: one plain progress line per file on stderr.
    expect(first.stderr.match(/^\[\d+\/10\] candidate-\d\.pdf: candidate created$/gm)).toHaveLength(10);
    const again = await runCli(['import', cvDir, '--org', 'acme', '--json'], env(), SLOW);
    expect(JSON.parse(again.stdout)).toMatchObject({ total: 10, created: 0, alreadyImported: 10, failed: [] });
    const rows = await candidates();
    expect(rows.filter((c) => c.importSource === 'resume').map((c) => c.email).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `alex.importer${i}@example.com`).sort());
  }, 3 * SLOW);

  it('imports a CSV and a JSON Resume file, reports bad rows with reasons, and is idempotent', async () => {
    const csv = join(cvDir, '..', `cg-import-${process.pid}.csv`);
    const json = join(cvDir, '..', `cg-import-${process.pid}.json`);
    await writeFile(csv, 'First Name,Last Name,Email,Phone,Source Channel\nDana,Csv,dana.csv@example.com,+1 555 0100,referral\nNo,Email,,,\nBad,Mail,not-an-email,,\n');
    await writeFile(
      json,
      JSON.stringify([
        {
          basics: { name: 'Jo Resume', label: 'Data Engineer', email: 'jo.resume@example.com', profiles: [{ network: 'LinkedIn', url: 'https://linkedin.com/in/jo' }] },
          work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01', highlights: ['Built pipelines'] }],
          skills: [{ name: 'SQL', level: 'Expert' }],
        },
      ]),
    );
    try {
      const fromCsv = await runCli(['import', csv, '--org', 'acme'], env(), SLOW);
      expect(fromCsv.code).toBe(1);
      expect(fromCsv.stdout).toContain('created:          1');
      expect(fromCsv.stdout).toContain('needs completion: 1');
      expect(fromCsv.stdout).toMatch(/row 4 \(Bad Mail\): .*email: must be a valid email address/);
      const fromJson = await runCli(['import', json, '--org', 'acme', '--json'], env(), SLOW);
      expect(JSON.parse(fromJson.stdout)).toMatchObject({ source: 'candidates', total: 1, created: 1, failed: [] });
      const again = await runCli(['import', json, '--org', 'acme', '--json'], env(), SLOW);
      expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, alreadyImported: 1 });
      const rows = await candidates();
      const jo = rows.find((c) => c.email === 'jo.resume@example.com')!;
      expect(jo.importSource).toBe('cli-import');
      expect(jo.cv?.linkedinUrl).toBe('https://linkedin.com/in/jo');
      expect(jo.cv?.workExperiences.map((w) => [w.company, w.description])).toEqual([['Acme', 'Built pipelines']]);
      expect(rows.filter((c) => c.email === 'dana.csv@example.com')).toHaveLength(1);
    } finally {
      await rm(csv, { force: true });
      await rm(json, { force: true });
    }
  }, 4 * SLOW);

  it('lists organizations and keys as JSON arrays without any secret', async () => {
    const created = JSON.parse((await runCli(['keys', 'create', '--org', 'acme', '--scopes', 'read:candidates', '--name', 'lister', '--json'], env(), SLOW)).stdout);
    const keys = await runCli(['keys', 'list', '--org', 'acme', '--json'], env(), SLOW);
    expect(keys.code).toBe(0);
    const listed = JSON.parse(keys.stdout) as Record<string, unknown>[];
    expect(listed).toContainEqual(expect.objectContaining({ prefix: created.prefix, name: 'lister', organization: 'acme', scopes: ['read:candidates'], revokedAt: null }));
    expect(keys.stdout).not.toContain(created.key);
    for (const key of listed) expect(Object.keys(key).sort()).toEqual(['createdAt', 'lastUsedAt', 'name', 'organization', 'prefix', 'revokedAt', 'scopes']);
    const orgs = await runCli(['orgs', 'list', '--json'], env(), SLOW);
    expect(JSON.parse(orgs.stdout)).toContainEqual(expect.objectContaining({ slug: 'acme', activeKeys: 1 }));
  }, 3 * SLOW);

  it('explains a non-PostgreSQL DATABASE_URL and a bad slug in plain words', async () => {
    const mysql = await runCli(['orgs', 'list'], { ...env(), DATABASE_URL: 'mysql://u@localhost/db' }, SLOW);
    expect(mysql.code).toBe(78);
    expect(mysql.stderr).toContain('DATABASE_URL: must be a PostgreSQL URL');
    expect(mysql.stderr).not.toContain('External error');
    const slug = await runCli(['orgs', 'create', 'Bad Slug'], env(), SLOW);
    expect(slug.code).toBe(1);
    expect(slug.stderr.trim()).toBe('candidate-gateway: Invalid organization slug "Bad Slug": a slug is 1-63 lower-case letters, digits or dashes, not starting or ending with a dash.');
  }, 2 * SLOW);
});

describe.runIf(backends.includes('postgres'))('API and workers as separate processes on PostgreSQL', () => {
  let isolated: IsolatedTarget;
  let cvDir: string;
  beforeAll(async () => {
    isolated = await isolatedTarget('postgres');
    cvDir = await mkdtemp(join(tmpdir(), 'cg-pg-cvs-'));
    for (let i = 0; i < 3; i += 1) await writeFile(join(cvDir, `pg-${i}.pdf`), await simplePdf([`Sam Postgres${i}`, `sam.pg${i}@example.com`]));
  }, SLOW);
  afterAll(async () => {
    await rm(cvDir, { recursive: true, force: true });
    await isolated.drop();
  });

  it('an API process with WORKERS=off queues résumés that a `worker` process completes; import runs while both serve', async () => {
    const url = (isolated.target as { url: string }).url;
    const server = await startServerProcess({ DATABASE_URL: url, WORKERS: 'off', RATE_LIMIT_UPLOADS: '1000', RATE_LIMIT_READS: '100000', RATE_LIMIT_WRITES: '1000' }, SLOW);
    const worker = spawn(process.execPath, [cliPath, 'worker'], { env: { ...process.env, LOG_LEVEL: 'info', DATABASE_URL: url }, cwd: projectRoot });
    let workerOutput = '';
    const workerExited = new Promise<number | null>((done) => worker.on('exit', (code) => done(code)));
    try {
      const key = /\n {2}(cgw_\S+)\n/.exec(server.output())![1]!;
      const owner = await graphql(server.url, key, 'mutation { createUser(input: { email: "owner@pg.io", name: "Owner" }) { ... on UserPayload { user { id } } } }');
      const bytes = await readFile(join(cvDir, 'pg-0.pdf'));
      const uploaded = await graphql(
        server.url,
        key,
        `mutation { uploadResume(input: { ownerId: "${owner.body.data.createUser.user.id}", fileName: "pg-0.pdf", mimeType: "application/pdf", contentBase64: "${bytes.toString('base64')}" }) { ... on ResumeUploadPayload { upload { id status } } } }`,
      );
      const upload = uploaded.body.data.uploadResume.upload;
      expect(upload.status).toBe('QUEUED');
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker did not start:\n${workerOutput}`)), 120_000);
        const onData = (chunk: Buffer) => {
          workerOutput += chunk.toString();
          if (workerOutput.includes('candidate-gateway worker running')) {
            clearTimeout(timer);
            resolve();
          }
        };
        worker.stdout.on('data', onData);
        worker.stderr.on('data', onData);
      });
      expect(workerOutput).not.toContain('listening');
      let status = '';
      const deadline = Date.now() + 120_000;
      while (status !== 'COMPLETED' && Date.now() < deadline) {
        status = (await graphql(server.url, key, `{ resumeUpload(id: "${upload.id}") { status } }`)).body.data.resumeUpload.status;
        if (status !== 'COMPLETED') await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe('COMPLETED');

      const imported = await runCli(['import', cvDir, '--org', 'default', '--json'], { DATABASE_URL: url }, SLOW);
      expect(JSON.parse(imported.stdout)).toMatchObject({ total: 3, created: 2, alreadyImported: 1, failed: [] });
      const all = await graphql(server.url, key, '{ candidates(first: 10) { totalCount } }');
      expect(all.body.data.candidates.totalCount).toBe(3);
    } finally {
      worker.kill('SIGTERM');
      server.child.kill('SIGTERM');
      expect(await workerExited).toBe(0);
      await server.exited;
    }
  }, 3 * SLOW);
});
