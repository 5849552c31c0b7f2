// `npm run codegen` step one: prints the sorted Pothos schema to schema.graphql (checked in;
// test/schema-fresh.test.ts fails when it is stale).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { projectRoot } from '../project-root.js';
import { schema } from './index.js';

export const schemaFile = join(projectRoot, 'schema.graphql');

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  await writeFile(schemaFile, printedSchema());
  console.log(`Wrote ${schemaFile}`);
}
