import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestGateway, type TestGateway } from '../support/harness.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/frontend');

function typeErrors(extraRoots: string[] = []): string[] {
  const configFile = ts.readConfigFile(join(EXAMPLE, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, EXAMPLE);
  const program = ts.createProgram([...parsed.fileNames, ...extraRoots], parsed.options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the README frontend example: GraphQL Codegen typed documents against schema.graphql', () => {
  let gw: TestGateway;
  let server: RunningServer;
  let key: string;

  beforeAll(async () => {
    // Generates examples/frontend/src/gql from the checked-in schema, as a frontend would.
    const codegen = spawnSync(process.execPath, [resolve('node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts'], { cwd: EXAMPLE, encoding: 'utf8' });
    expect(codegen.status, codegen.stderr + codegen.stdout).toBe(0);
    gw = await startTestGateway('pglite');
    key = (await gw.tenant()).adminKey;
    server = await startServer(gw.app, { port: 0, host: '127.0.0.1' });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await gw?.close();
  });

  it('compiles under strict TypeScript, and a wrongly typed call does not', async () => {
    expect(typeErrors()).toEqual([]);
    // Outside the example's `include`, so only this program sees it.
    const wrong = join(EXAMPLE, 'wrong-usage.ts');
    await writeFile(
      wrong,
      `import { CandidatesQuery, execute } from './src/client.js';\n` +
        `export const r = execute('', '', CandidatesQuery, { first: 'ten' });\n` +
        `export async function f() { const s: number = (await execute('', '', CandidatesQuery, { first: 1 })).candidates.edges[0]!.node.fullName; return s; }\n`,
    );
    const errors = await (async () => {
      try {
        return typeErrors([wrong]).join('\n');
      } finally {
        await rm(wrong, { force: true });
      }
    })();
    expect(errors).toContain("Type 'string' is not assignable to type 'number'");
    expect(errors.match(/not assignable/g)?.length).toBe(2);
  }, 120_000);

  it('runs its typed documents against the gateway', async () => {
    const { CandidatesQuery, CreateCandidateMutation, execute } = await import('../../examples/frontend/src/client.js');
    const endpoint = `${server.url}/graphql`;
    const created = await execute(endpoint, key, CreateCandidateMutation, { input: { fullName: 'Tina Typed', email: 'tina.typed@example.com' } });
    expect(created.createCandidate.__typename).toBe('CandidatePayload');
    const page = await execute(endpoint, key, CandidatesQuery, { first: 5, status: ['NEW'] });
    expect(page.candidates.totalCount).toBe(1);
    expect(page.candidates.edges[0]!.node).toMatchObject({ fullName: 'Tina Typed', email: 'tina.typed@example.com', status: 'NEW' });
    expect(typeof page.candidates.edges[0]!.node.createdAt).toBe('string');
  });
});
