import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends, isolatedTarget, type IsolatedTarget } from '../support/backends.js';
import { runCli, startServerProcess } from '../support/processes.js';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.js';

const backends = await availableBackends();

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
    expect((await runCli(['orgs', 'create', 'acme', '--name', 'Acme Corp'], env())).code).toBe(0);
    const duplicate = await runCli(['orgs', 'create', 'acme'], env());
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.stderr).toContain('already exists');
    const { code, stdout } = await runCli(['keys', 'create', '--org', 'acme', '--scopes', 'read:candidates,admin', '--name', 'ci', '--json'], env());
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ prefix: expect.stringMatching(/^cgw_/), scopes: ['read:candidates', 'admin'], name: 'ci' });
    expect(printed.key.startsWith(printed.prefix)).toBe(true);
    expect((await runCli(['keys', 'revoke', printed.prefix], env())).code).toBe(0);
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
  });

  it('refuses unknown scopes and unknown organizations with a clear message', async () => {
    const badScope = await runCli(['keys', 'create', '--org', 'acme', '--scopes', 'read:everything'], env());
    expect(badScope.code).not.toBe(0);
    expect(badScope.stderr).toContain('Unknown scope(s): read:everything');
    const badOrg = await runCli(['keys', 'create', '--org', 'nope', '--scopes', 'admin'], env());
    expect(badOrg.stderr).toContain('No organization "nope"');
  });

  it('serves a key made by the CLI, refuses invalid keys, and keeps serving when a second process is refused the data directory', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'cg-serve-'));
    const server = await startServerProcess({ DATA_DIR: fresh, DATABASE_URL: '' });
    try {
      expect(server.output()).toContain('Created organization "default"');
      const bootstrapKey = /\n {2}(cgw_\S+)\n/.exec(server.output())?.[1];
      expect(bootstrapKey).toBeDefined();
      expect((await graphql(server.url, bootstrapKey!, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
      expect((await graphql(server.url, 'cgw_invalid', '{ __typename }')).status).toBe(401);

      const second = await runCli(['serve'], { DATA_DIR: fresh, DATABASE_URL: '', PORT: '0' });
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain('is in use by another candidate-gateway process');
      const cliWhileServing = await runCli(['keys', 'create', '--org', 'default', '--scopes', 'admin'], { DATA_DIR: fresh, DATABASE_URL: '' });
      expect(cliWhileServing.code).not.toBe(0);
      expect((await graphql(server.url, bootstrapKey!, '{ viewer { organization { slug } } }')).body.data.viewer.organization.slug).toBe('default');
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
    const keys = await runCli(['keys', 'create', '--org', 'default', '--scopes', 'read:candidates', '--json'], { DATA_DIR: fresh, DATABASE_URL: '' });
    expect(keys.code).toBe(0);
    const restarted = await startServerProcess({ DATA_DIR: fresh, DATABASE_URL: '' });
    try {
      expect(restarted.output()).not.toContain('Created organization');
      expect((await graphql(restarted.url, JSON.parse(keys.stdout).key, '{ __typename }')).status).toBe(200);
    } finally {
      restarted.child.kill('SIGTERM');
      await restarted.exited;
      await rm(fresh, { recursive: true, force: true });
    }
  });

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
