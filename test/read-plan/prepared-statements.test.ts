import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createApiKey } from '../../src/domain/api-keys.js';
import { searchKeywords } from '../../src/domain/candidates/search-keywords.js';
import { createOrganization } from '../../src/domain/organizations.js';
import { availableBackends, isolatedTarget, type IsolatedTarget } from '../support/backends.js';

const backends = await availableBackends();

describe.runIf(backends.includes('postgres'))('compiled reads as prepared statements on PostgreSQL', () => {
  let isolated: IsolatedTarget;
  let app: App;
  let key: string;

  beforeAll(async () => {
    isolated = await isolatedTarget('postgres');
    const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    // Migrated first: applying migrations takes more than one connection.
    await (await createApp(config, { target: isolated.target, worker: false })).close();
    // One pooled connection: the statements the reads prepared are the ones this test's own queries see.
    app = await createApp(config, { target: { ...isolated.target, poolSize: 1 } as never, worker: false });
    const { prisma } = app.services.db;
    const organization = await createOrganization(prisma, { slug: `prepared-${process.pid}` });
    ({ key } = await createApiKey(prisma, { organizationId: organization.id, scopes: ['read:candidates'] }));
    for (const [name, skill] of [['Ada Lovelace', 'Kubernetes'], ['Alan Turing', 'Rust'], ['Grace Hopper', 'kubernetesops']] as const) {
      await prisma.candidate.create({
        data: {
          organizationId: organization.id,
          firstName: name.split(' ')[0]!,
          lastName: name.split(' ')[1]!,
          fullName: name,
          searchKeywords: searchKeywords({ fullName: name, skills: [{ name: skill }] }),
        },
      });
    }
  });
  afterAll(async () => {
    await app?.close();
    await isolated?.drop();
  });

  const read = async (query: string) => {
    const res = await app.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const prepared = async (text: string) =>
    (await app.services.db.prisma.$queryRaw<{ statement: string }[]>`SELECT statement FROM pg_prepared_statements`).filter((s) => s.statement.includes(text)).length;
  const search = (words: string) => `{ candidates(first: 5, filter: { search: "${words}" }) { edges { node { fullName } } } }`;

  it('prepares a page at once, a searched word on its second search with the word written in, and nothing for other searches', async () => {
    await read('{ candidates(first: 4) { edges { node { fullName } } } }');
    expect(await prepared('LIMIT $')).toBe(1);

    const once = await read(search('kubernetes'));
    expect(await prepared(`LIKE '%kubernetes%'`)).toBe(0);
    expect(await read(search('kubernetes'))).toEqual(once);
    expect(await prepared(`LIKE '%kubernetes%'`)).toBe(1);
    expect(await read(search('kubernetes'))).toEqual(once);
    expect(await prepared(`LIKE '%kubernetes%'`)).toBe(1);
    // A whole keyword ranks before a part of one.
    expect(once).toEqual({ candidates: { edges: [{ node: { fullName: 'Ada Lovelace' } }, { node: { fullName: 'Grace Hopper' } }] } });

    // Words that are not one plain word are planned for their values on every request, never named.
    for (let i = 0; i < 3; i += 1) await read(search('ada kubernetes'));
    expect(await prepared('word_similarity')).toBe(1);
  });
});
