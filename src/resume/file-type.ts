import { readZipDirectory } from './zip-directory.js';

export type ResumeKind = 'pdf' | 'doc' | 'docx';

export const RESUME_MIME_TYPES: Readonly<Record<string, ResumeKind>> = Object.freeze({
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
});

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Every Word 97-2003 file has a "WordDocument" stream; other OLE2 files (xls, msg) do not.
const WORD_STREAM_NAME = Buffer.from('WordDocument', 'utf16le');
// Producers may put a little junk before %PDF-; readers accept it within the first KiB.
const PDF_HEADER_WINDOW = 1024;

export function sniffResumeType(bytes: Uint8Array): ResumeKind | null {
  if (indexOfMagic(bytes, PDF_MAGIC, PDF_HEADER_WINDOW) >= 0) return 'pdf';
  if (startsWith(bytes, OLE2_MAGIC)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(WORD_STREAM_NAME) ? 'doc' : null;
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    return readZipDirectory(bytes)?.some((entry) => entry.name === 'word/document.xml') ? 'docx' : null;
  }
  return null;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function indexOfMagic(bytes: Uint8Array, magic: number[], window: number): number {
  const last = Math.min(bytes.length - magic.length, window);
  for (let start = 0; start <= last; start++) {
    if (magic.every((byte, i) => bytes[start + i] === byte)) return start;
  }
  return -1;
}
