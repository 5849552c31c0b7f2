import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResumeKind } from '../../../src/resume/file-type.js';
import { Random } from './prng.js';
import { renderDocx, type DocxLayout } from './render-docx.js';
import { renderPdf, type PdfLayout } from './render-pdf.js';
import { buildResume, type ExpectedResume } from './resume-model.js';

export interface CorpusDocument {
  id: string;
  kind: ResumeKind;
  layout: string;
  bytes: Uint8Array;
  expected: ExpectedResume;
}

export type Plan = { kind: 'pdf'; layout: PdfLayout } | { kind: 'docx'; layout: DocxLayout };

const PLAN: Plan[] = [
  ...Array.from({ length: 9 }, (): Plan => ({ kind: 'pdf', layout: 'single' })),
  ...Array.from({ length: 5 }, (): Plan => ({ kind: 'pdf', layout: 'sidebar-left' })),
  ...Array.from({ length: 3 }, (): Plan => ({ kind: 'pdf', layout: 'sidebar-right' })),
  ...Array.from({ length: 7 }, (): Plan => ({ kind: 'docx', layout: 'single' })),
  ...Array.from({ length: 5 }, (): Plan => ({ kind: 'docx', layout: 'table' })),
  ...Array.from({ length: 4 }, (): Plan => ({ kind: 'docx', layout: 'sections' })),
];

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Renders one résumé deterministically from its seed. */
export async function generateDocument(seed: number, plan: Plan): Promise<CorpusDocument> {
  const random = new Random(seed);
  const { document, expected } = buildResume(random, { winAnsiOnly: plan.kind === 'pdf', twoColumn: plan.layout !== 'single' });
  const bytes = plan.kind === 'pdf' ? await renderPdf(document, plan.layout, random) : await renderDocx(document, plan.layout, random);
  return { id: `${plan.kind}-${plan.layout}-${seed}`, kind: plan.kind, layout: plan.layout, bytes, expected };
}

export const DEFAULT_CORPUS_SEED = 1000;

/** The generated PDF/DOCX résumés (deterministic per seed; well under a second to produce). */
export function generateCorpus(baseSeed = DEFAULT_CORPUS_SEED): Promise<CorpusDocument[]> {
  return Promise.all(PLAN.map((plan, index) => generateDocument(baseSeed + index, plan)));
}

/** Word 97-2003 files converted once from generated DOCX (see make-doc-fixtures.ts), with their expectations. */
export function loadDocFixtures(): CorpusDocument[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.doc'))
    .sort()
    .map((file) => {
      const base = file.replace(/\.doc$/, '');
      return {
        id: base,
        kind: 'doc' as const,
        layout: base.replace(/^doc-|-\d+$/g, ''),
        bytes: new Uint8Array(readFileSync(`${FIXTURES_DIR}${file}`)),
        expected: JSON.parse(readFileSync(`${FIXTURES_DIR}${base}.json`, 'utf8')) as ExpectedResume,
      };
    });
}

export async function loadCorpus(baseSeed = DEFAULT_CORPUS_SEED): Promise<CorpusDocument[]> {
  return [...(await generateCorpus(baseSeed)), ...loadDocFixtures()];
}
