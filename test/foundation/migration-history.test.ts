import { describe, expect, it } from 'vitest';
import { diffHistoryToSchemaOffline, isEmptyMigration } from '../../src/db/migrations.js';
import { readPrismaSchema } from '../../src/db/schema-engine.js';
import { projectRoot } from '../../src/project-root.js';

// What `npm run db:migration` would write: nothing, unless schema.prisma changed.
describe('the migration history and schema.prisma', () => {
  it('agree, including the hand-written generated search column', async () => {
    const sql = await diffHistoryToSchemaOffline(await readPrismaSchema(projectRoot));
    expect(isEmptyMigration(sql), sql).toBe(true);
  }, 60_000);

  it('would drop the generated column and its index if schema.prisma stopped declaring them', async () => {
    const schema = await readPrismaSchema(projectRoot);
    const undeclared = schema.content
      .split('\n')
      .filter((line) => !/^\s*searchText\s|\[searchText\(/.test(line))
      .join('\n');
    expect(undeclared).not.toBe(schema.content);
    const sql = await diffHistoryToSchemaOffline({ ...schema, content: undeclared });
    expect(sql).toContain('DROP COLUMN "searchText"');
    expect(sql).toContain('DROP INDEX "Candidate_searchText_trgm_idx"');
  }, 60_000);
});
