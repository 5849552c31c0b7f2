import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import { projectRoot } from '../src/project-root.js';
import { printedSchema, schemaFile } from '../src/schema/print-schema.js';

describe('checked-in generated files', () => {
  it('schema.graphql is the sorted schema the code builds (run `npm run codegen` if this fails)', async () => {
    expect(await readFile(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it('codegen output is fresh (run `npm run codegen` if this fails)', async () => {
    const outputs = (await generate({ ...config, cwd: projectRoot, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(await readFile(join(projectRoot, output.filename), 'utf8'), output.filename).toBe(output.content);
    }
  });
});
