import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESUME_MIME_TYPES, sniffResumeType } from '../../src/resume/file-type.js';
import { FIXTURES_DIR, generateDocument } from './corpus/generate.js';
import { truncated } from './corpus/hostile.js';

describe('sniffResumeType', () => {
  it('recognises PDF, DOCX and DOC from their bytes', async () => {
    expect(sniffResumeType((await generateDocument(51, { kind: 'pdf', layout: 'single' })).bytes)).toBe('pdf');
    expect(sniffResumeType((await generateDocument(52, { kind: 'docx', layout: 'single' })).bytes)).toBe('docx');
    expect(sniffResumeType(new Uint8Array(readFileSync(`${FIXTURES_DIR}doc-single-3001.doc`)))).toBe('doc');
  });

  it('rejects other zips, other OLE2 files and junk', () => {
    const zipWithoutWord = Buffer.from('504b0506000000000000000000000000000000000000', 'hex');
    const oleSpreadsheet = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]);
    expect(sniffResumeType(new Uint8Array(Buffer.concat([Buffer.from('504b0304', 'hex'), zipWithoutWord])))).toBeNull();
    expect(sniffResumeType(new Uint8Array(oleSpreadsheet))).toBeNull();
    expect(sniffResumeType(new TextEncoder().encode('hello, world'))).toBeNull();
    expect(sniffResumeType(new Uint8Array(0))).toBeNull();
  });

  it('does not call a DOCX whose zip directory is cut off a DOCX', async () => {
    const docx = (await generateDocument(53, { kind: 'docx', layout: 'single' })).bytes;
    expect(sniffResumeType(truncated(docx, 0.7))).toBeNull();
  });

  it('maps the three MIME types', () => {
    expect(RESUME_MIME_TYPES).toEqual({
      'application/pdf': 'pdf',
      'application/msword': 'doc',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    });
  });
});
