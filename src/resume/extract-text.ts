import { Worker } from 'node:worker_threads';
import { stripControlCharacters } from './control-chars.js';
import { sniffResumeType, type ResumeKind } from './file-type.js';
import { readZipDirectory } from './zip-directory.js';

export type ResumeParseErrorCode = 'ENCRYPTED' | 'NO_TEXT' | 'TIMEOUT' | 'TOO_LARGE' | 'CORRUPT';

export class ResumeParseError extends Error {
  override readonly name = 'ResumeParseError';
  constructor(
    readonly code: ResumeParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ExtractTextOptions {
  /** Wall-clock limit for the whole parse, worker start-up included. Default 20 000. */
  timeoutMs?: number;
  /** Longer text is cut off. Default 200 000. */
  maxTextChars?: number;
  /** V8 old-generation heap of the parsing worker. Default 256. */
  maxHeapMb?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_TEXT_CHARS = 200_000;
const DEFAULT_MAX_HEAP_MB = 256;
const MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
const MAX_DOCX_ENTRIES = 2_000;
// Word XML compresses roughly 5-20x; hundreds-to-one only happens in crafted archives.
const MAX_COMPRESSION_RATIO = 200;
const RATIO_CHECK_MIN_BYTES = 1024 * 1024;
// Fewer letters than this means nothing readable (a scan, or a page-number footer at best).
const MIN_LETTERS = 20;

const WORKER_URL = new URL('./text-worker.js', import.meta.url);
const KIND_LABEL: Record<ResumeKind, string> = { pdf: 'PDF', doc: 'Word 97-2003 (.doc)', docx: 'Word (.docx)' };

interface WorkerResult {
  ok: boolean;
  text?: string;
  code?: ResumeParseErrorCode;
  message?: string;
}

/**
 * Extracts plain text from a résumé. Parsing runs in a fresh worker thread with a heap
 * cap and a wall-clock timeout, so a hostile file can fail the call but not the process.
 * Rejects with ResumeParseError.
 */
export async function extractResumeText(bytes: Uint8Array, kind: ResumeKind, opts: ExtractTextOptions = {}): Promise<string> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxTextChars = opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const maxHeapMb = opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;

  if (sniffResumeType(bytes) !== kind) {
    throw new ResumeParseError('CORRUPT', `The file is not a readable ${KIND_LABEL[kind]} document (damaged, truncated, or a different format).`);
  }
  if (kind === 'docx') assertNotZipBomb(bytes);

  const result = await runWorker(bytes, kind, { timeoutMs, maxTextChars, maxHeapMb });
  if (!result.ok) throw new ResumeParseError(result.code ?? 'CORRUPT', describeFailure(result.code ?? 'CORRUPT', kind, result.message));
  const text = stripControlCharacters(result.text ?? '');
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) {
    throw new ResumeParseError(
      'NO_TEXT',
      kind === 'pdf'
        ? 'The PDF contains no extractable text; it is probably a scanned image. Upload a text-based PDF or a Word document.'
        : 'The document contains no readable text.',
    );
  }
  return text;
}

function assertNotZipBomb(bytes: Uint8Array): void {
  const entries = readZipDirectory(bytes);
  if (!entries) return; // sniffResumeType has already vouched for the directory
  if (entries.length > MAX_DOCX_ENTRIES) {
    throw new ResumeParseError('TOO_LARGE', `The Word document holds ${entries.length} parts, far more than any résumé needs.`);
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_CHECK_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw new ResumeParseError('TOO_LARGE', `The Word document looks like a zip bomb: ${entry.name} expands ${Math.round(ratio)}-fold.`);
    }
  }
  if (total > MAX_DOCX_UNCOMPRESSED_BYTES) {
    throw new ResumeParseError('TOO_LARGE', `The Word document expands to ${Math.round(total / 1024 / 1024)} MB, over the ${MAX_DOCX_UNCOMPRESSED_BYTES / 1024 / 1024} MB limit.`);
  }
}

function runWorker(
  bytes: Uint8Array,
  kind: ResumeKind,
  limits: { timeoutMs: number; maxTextChars: number; maxHeapMb: number },
): Promise<WorkerResult> {
  const copy = bytes.slice();
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { bytes: copy, kind, maxTextChars: limits.maxTextChars },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    // Library warnings belong to the parse, not the application log.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(
      () => settle(() => reject(new ResumeParseError('TIMEOUT', `Parsing the ${KIND_LABEL[kind]} took longer than ${limits.timeoutMs} ms and was stopped.`))),
      limits.timeoutMs,
    );
    worker.on('message', (result: WorkerResult) => settle(() => resolve(result)));
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        resolve(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { ok: false, code: 'TOO_LARGE', message: error.message }
            : { ok: false, code: 'CORRUPT', message: error.message },
        ),
      ),
    );
    worker.on('exit', (exitCode) => settle(() => resolve({ ok: false, code: 'CORRUPT', message: `parser exited with code ${exitCode}` })));
  });
}

function describeFailure(code: ResumeParseErrorCode, kind: ResumeKind, detail: string | undefined): string {
  const suffix = detail ? ` (${detail})` : '';
  switch (code) {
    case 'ENCRYPTED':
      return `The ${KIND_LABEL[kind]} is password-protected; upload an unprotected copy.`;
    case 'TOO_LARGE':
      return `The ${KIND_LABEL[kind]} needs more memory to parse than a résumé should${suffix}.`;
    case 'TIMEOUT':
      return `Parsing the ${KIND_LABEL[kind]} took too long${suffix}.`;
    case 'NO_TEXT':
      return `The ${KIND_LABEL[kind]} contains no readable text.`;
    case 'CORRUPT':
      return `The ${KIND_LABEL[kind]} could not be parsed; it may be damaged${suffix}.`;
  }
}
