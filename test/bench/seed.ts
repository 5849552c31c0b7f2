import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.js';
import { applyPendingMigrations } from '../../src/db/migrations.js';
import { createApiKey } from '../../src/domain/api-keys.js';
import { createOrganization } from '../../src/domain/organizations.js';
import { searchKeywords } from '../../src/domain/candidates/search-keywords.js';
import { SCOPES } from '../../src/auth/scopes.js';
import { BENCH } from './config.js';

export interface SeededData {
  organizationId: string;
  adminKey: string;
  candidateIds: string[];
  positionIds: string[];
}

const SKILLS = [
  'TypeScript', 'Go', 'Rust', 'Python', 'Kubernetes', 'Terraform', 'PostgreSQL', 'Redis', 'React', 'GraphQL',
  'Docker', 'AWS', 'GCP', 'Kafka', 'Java', 'Kotlin', 'Swift', 'Node.js', 'Linux', 'Ansible', 'Elixir', 'C++', 'Scala', 'Vue',
];
const TITLES = ['Backend Engineer', 'Frontend Engineer', 'Platform Engineer', 'Data Engineer', 'SRE', 'Engineering Manager'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises'];
const SCHOOLS = ['TU Berlin', 'ETH Zürich', 'Sorbonne', 'Politecnico di Milano', 'KTH'];

/** Rows go in through `json_populate_recordset`, one statement per table and batch: seeding 5,000 candidates takes seconds. */
async function insertRows(client: pg.Client, table: string, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += 2_000) {
    const batch = rows.slice(i, i + 2_000);
    await client.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(null::"${table}", $1)`, [JSON.stringify(batch)]);
  }
}

/** Same data for every peer: the gateway's own tables, migrated by its own migrations. */
export async function seedBenchDatabase(url: string): Promise<SeededData> {
  const db = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    await applyPendingMigrations(db);
    const organization = await createOrganization(db.prisma, { slug: 'bench', name: 'Bench' });
    const key = await createApiKey(db.prisma, { organizationId: organization.id, scopes: [...SCOPES], name: 'bench' });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const now = Date.now();
      const positions = Array.from({ length: BENCH.positions }, (_, i) => ({
        id: randomUUID(), organizationId: organization.id, title: TITLES[i % TITLES.length]!, status: 'OPEN',
        requiredSkills: SKILLS.slice(i, i + 4), createdAt: new Date(now - i * 1000).toISOString(), updatedAt: new Date(now).toISOString(),
      }));
      await insertRows(client, 'JobPosition', positions);
      const candidates: Record<string, unknown>[] = [];
      const cvs: Record<string, unknown>[] = [];
      const skills: Record<string, unknown>[] = [];
      const work: Record<string, unknown>[] = [];
      const education: Record<string, unknown>[] = [];
      for (let i = 0; i < BENCH.candidates; i += 1) {
        const id = randomUUID();
        const cvId = randomUUID();
        const firstName = `First${i}`;
        const lastName = `Last${i}`;
        const email = `candidate${i}@example.com`;
        const title = TITLES[i % TITLES.length]!;
        const names = Array.from({ length: BENCH.skillsPerCandidate }, (_, s) => SKILLS[(i * 3 + s) % SKILLS.length]!);
        const at = new Date(now - i * 60_000).toISOString();
        candidates.push({
          id, organizationId: organization.id, jobPositionId: positions[i % positions.length]!.id, firstName, lastName, fullName: `${firstName} ${lastName}`,
          email, emailNormalized: email, phone: '+49 30 1234567', title, notes: 'Met at a meetup', status: 'NEW', cvScore: i % 100,
          upsides: ['Communicates clearly'], shortcomings: [], importSource: 'api', importedWithoutCv: false, metadata: {},
          searchKeywords: searchKeywords({ fullName: `${firstName} ${lastName}`, email, title, skills: names.map((name) => ({ name })) }),
          createdAt: at, updatedAt: at,
        });
        cvs.push({ id: cvId, candidateId: id, summary: 'Engineer who ships', parsedAt: at, parseSource: 'MANUAL' });
        names.forEach((name, position) => skills.push({ id: randomUUID(), cvId, position, name, category: 'TECHNICAL', proficiency: 'ADVANCED' }));
        for (let w = 0; w < BENCH.workExperiencesPerCandidate; w += 1) {
          work.push({ id: randomUUID(), cvId, position: w, company: COMPANIES[(i + w) % COMPANIES.length]!, title, startDate: `${2015 + w}-01`, endDate: w === 0 ? null : `${2016 + w}-01`, isCurrent: w === 0, description: 'Built and ran services' });
        }
        for (let e = 0; e < BENCH.educationPerCandidate; e += 1) {
          education.push({ id: randomUUID(), cvId, position: e, institution: SCHOOLS[(i + e) % SCHOOLS.length]!, degree: e === 0 ? 'BSc' : 'MSc', field: 'Computer Science' });
        }
      }
      await insertRows(client, 'Candidate', candidates);
      await insertRows(client, 'CandidateCv', cvs);
      await insertRows(client, 'CandidateSkill', skills);
      await insertRows(client, 'WorkExperience', work);
      await insertRows(client, 'Education', education);
      // VACUUM as well: the first reads after a bulk insert set every row's hint bits and autovacuum then
      // rewrites the tables, and both would fall on whichever server a round happens to time first.
      await client.query('VACUUM (ANALYZE)');
      return { organizationId: organization.id, adminKey: key.key, candidateIds: candidates.map((c) => c.id as string), positionIds: positions.map((p) => p.id) };
    } finally {
      await client.end();
    }
  } finally {
    await db.close();
  }
}

export async function createBenchDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: BENCH.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

export async function dropBenchDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: BENCH.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
