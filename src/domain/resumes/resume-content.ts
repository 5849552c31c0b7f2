import { ValidationError } from '../../errors.js';
import { RESUME_MIME_TYPES, sniffResumeType, type ResumeKind } from '../../resume/file-type.js';

export const MAX_RESUME_BYTES = 10 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decoded size from the encoded length alone, so an oversized upload is refused before decoding. */
export function decodedBase64Length(encoded: string): number {
  const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
  return (encoded.length / 4) * 3 - padding;
}

export function resumeKindOf(mimeType: string): ResumeKind {
  const kind = RESUME_MIME_TYPES[mimeType.trim().toLowerCase()];
  if (!kind) throw ValidationError.single(['mimeType'], 'The resume must be a PDF or Word document (application/pdf, application/msword, or the .docx type)');
  return kind;
}

function tooLarge(): ValidationError {
  return ValidationError.single(['size'], 'The resume file size exceeds the maximum allowed limit of 10MB.');
}

/** Strict base64 only: no whitespace, no URL-safe alphabet, correct padding. */
export function decodeResumeBase64(encoded: string): Buffer {
  if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) {
    throw ValidationError.single(['contentBase64'], 'The resume content is not valid base64 encoded data.');
  }
  if (decodedBase64Length(encoded) > MAX_RESUME_BYTES) throw tooLarge();
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length === 0) throw ValidationError.single(['contentBase64'], 'The resume file is empty.');
  return bytes;
}

export function assertResumeSize(size: number) {
  if (size > MAX_RESUME_BYTES) throw tooLarge();
  if (size === 0) throw ValidationError.single(['file'], 'The resume file is empty.');
}

/** The file's own bytes must agree with the declared type. */
export function assertMagicMatches(bytes: Uint8Array, declared: ResumeKind, path: string) {
  const actual = sniffResumeType(bytes);
  if (actual !== declared) {
    throw ValidationError.single(
      [path],
      actual ? `The file is a ${actual.toUpperCase()} but was declared as ${declared.toUpperCase()}` : `The file is not a ${declared.toUpperCase()} document`,
    );
  }
}
