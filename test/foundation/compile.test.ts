import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, ensureCompiled, isCompiled } from '../../src/build/compile.js';

const run = async (file: string) => (await promisify(execFile)(process.execPath, [file])).stdout.trim();

// The build step on a project of its own, so that editing its sources cannot disturb other test files.
describe('compiling src/ to dist/', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cg-compile-'));
    await mkdir(join(root, 'src', 'lib'), { recursive: true });
    await writeFile(join(root, 'src', 'main.ts'), "import { answer } from './lib/answer.js';\nimport { plain } from './plain.js';\nconst label: string = plain;\nconsole.log(label, answer);\n");
    await writeFile(join(root, 'src', 'lib', 'answer.ts'), 'export const answer: number = 41 + 1;\n');
    await writeFile(join(root, 'src', 'plain.js'), "export const plain = 'js';\n");
    await writeFile(join(root, 'src', 'lib', 'types.d.ts'), 'export type Unused = string;\n');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('builds runnable JavaScript, copies JavaScript sources, and knows when it is current', async () => {
    expect(isCompiled(root)).toBe(false);
    await compile(root);
    expect(isCompiled(root)).toBe(true);
    expect(await run(join(root, 'dist', 'main.js'))).toBe('js 42');
    await expect(stat(join(root, 'dist', 'lib', 'types.d.js'))).rejects.toThrow();
  });

  it('rebuilds after a source changes, and drops the output of a deleted source', async () => {
    await writeFile(join(root, 'src', 'lib', 'answer.ts'), 'export const answer: number = 4300 + 1;\n');
    expect(isCompiled(root)).toBe(false);
    await ensureCompiled(root);
    expect(await run(join(root, 'dist', 'main.js'))).toBe('js 4301');

    await writeFile(join(root, 'src', 'orphan.ts'), 'export const orphan = 1;\n');
    await ensureCompiled(root);
    await stat(join(root, 'dist', 'orphan.js'));
    await rm(join(root, 'src', 'orphan.ts'));
    expect(isCompiled(root)).toBe(false);
    await ensureCompiled(root);
    await expect(stat(join(root, 'dist', 'orphan.js'))).rejects.toThrow();
    expect(isCompiled(root)).toBe(true);
  });
});
