import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractResumeText, ResumeParseError, type ResumeParseErrorCode } from '../../src/resume/extract-text.js';
import type { ResumeKind } from '../../src/resume/file-type.js';
import { FIXTURES_DIR, generateDocument } from './corpus/generate.js';
import {
  docxEmpty, docxLargeHonest, docxLyingZipBomb, docxZipBomb, pdfEncrypted, pdfLoopingXref, pdfScannedImage, truncated,
} from './corpus/hostile.js';

async function rejection(promise: Promise<unknown>): Promise<ResumeParseError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the extraction to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ResumeParseError);
  return error as ResumeParseError;
}

async function expectCode(bytes: Uint8Array, kind: ResumeKind, code: ResumeParseErrorCode, opts = {}): Promise<void> {
  const started = Date.now();
  const error = await rejection(extractResumeText(bytes, kind, opts));
  expect(error.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(20);
  expect(Date.now() - started).toBeLessThan(5_000);
}

describe('extractResumeText', () => {
  it('reads a two-column PDF in column order', async () => {
    const document = await generateDocument(41, { kind: 'pdf', layout: 'sidebar-left' });
    const text = await extractResumeText(document.bytes, 'pdf');
    expect(text).toContain(document.expected.email);
    const lines = text.split('\n');
    const firstJob = document.expected.workExperiences[0];
    expect(lines.some((line) => line.includes(firstJob?.company ?? '?'))).toBe(true);
    // Sidebar skills must not be interleaved into experience lines.
    expect(lines.filter((line) => line.includes(firstJob?.company ?? '?')).every((line) => !line.includes('\t'))).toBe(true);
  });

  it('reads DOCX with table and section columns', async () => {
    for (const layout of ['single', 'table', 'sections'] as const) {
      const document = await generateDocument(42, { kind: 'docx', layout });
      const text = await extractResumeText(document.bytes, 'docx');
      expect(text).toContain(document.expected.email);
      expect(text).toContain(document.expected.workExperiences[0]?.company);
    }
  });

  it('reads Word 97-2003 files, including hyperlink targets', async () => {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES_DIR}doc-single-3001.doc`));
    const expected = JSON.parse(readFileSync(`${FIXTURES_DIR}doc-single-3001.json`, 'utf8')) as { email: string; linkedinUrl: string };
    const text = await extractResumeText(bytes, 'doc');
    expect(text).toContain(expected.email);
    expect(text).toContain(expected.linkedinUrl);
  });

  it('cuts text at maxTextChars', async () => {
    const document = await generateDocument(43, { kind: 'docx', layout: 'single' });
    const text = await extractResumeText(document.bytes, 'docx', { maxTextChars: 120 });
    expect(text).toHaveLength(120);
  });

  it('refuses a DOCX zip bomb from its directory, without inflating it', async () => {
    await expectCode(docxZipBomb(), 'docx', 'TOO_LARGE');
  });

  it('refuses a zip bomb that lies about its sizes', async () => {
    await expectCode(docxLyingZipBomb(), 'docx', 'TOO_LARGE');
  });

  it('reports a worker killed by its heap limit as TOO_LARGE', async () => {
    await expectCode(docxLargeHonest(), 'docx', 'TOO_LARGE', { maxHeapMb: 16 });
  });

  it('stops a parse that outlives its time budget', async () => {
    await expectCode(docxLargeHonest(), 'docx', 'TIMEOUT', { timeoutMs: 300 });
  });

  it('rejects an encrypted PDF', async () => {
    await expectCode(await pdfEncrypted(), 'pdf', 'ENCRYPTED');
  });

  it('rejects an image-only scan', async () => {
    await expectCode(await pdfScannedImage(), 'pdf', 'NO_TEXT');
  });

  it('rejects a DOCX without text', async () => {
    await expectCode(docxEmpty(), 'docx', 'NO_TEXT');
  });

  it('rejects a PDF whose xref and page tree loop', async () => {
    await expectCode(pdfLoopingXref(), 'pdf', 'CORRUPT');
  });

  it('rejects truncated files of every kind', async () => {
    const pdf = await generateDocument(44, { kind: 'pdf', layout: 'single' });
    const docx = await generateDocument(45, { kind: 'docx', layout: 'single' });
    const doc = new Uint8Array(readFileSync(`${FIXTURES_DIR}doc-table-3002.doc`));
    await expectCode(truncated(pdf.bytes, 0.5), 'pdf', 'CORRUPT');
    await expectCode(truncated(docx.bytes, 0.6), 'docx', 'CORRUPT');
    await expectCode(truncated(doc, 0.5), 'doc', 'CORRUPT');
  });

  it('rejects bytes that are not of the declared kind', async () => {
    const docx = await generateDocument(46, { kind: 'docx', layout: 'single' });
    await expectCode(docx.bytes, 'pdf', 'CORRUPT');
  });

  it('leaves the process healthy after hostile files', async () => {
    await Promise.allSettled([extractResumeText(docxLyingZipBomb(), 'docx'), extractResumeText(docxLargeHonest(), 'docx', { maxHeapMb: 16 })]);
    const document = await generateDocument(47, { kind: 'pdf', layout: 'single' });
    await expect(extractResumeText(document.bytes, 'pdf')).resolves.toContain(document.expected.email);
  });
});
