import { availableParallelism } from 'node:os';
import pLimit, { type LimitFunction } from 'p-limit';
import { Piscina } from 'piscina';
import { stripControlChars } from './control-chars.js';
import type { DisplayRun, ResumeLayout } from './display-type.js';
import { sniffResumeType, type ResumeKind } from './file-type.js';
import { readZipDirectory } from './zip-directory.js';

export type ResumeParseErrorCode = 'ENCRYPTED' | 'NO_TEXT' | 'TIMEOUT' | 'TOO_LARGE' | 'CORRUPT';

/** `message` is a short reason fit for the uploader; `detail` (the parser's own words) is for logs only. */
export class ResumeParseError extends Error {
  override readonly name = 'ResumeParseError';
  constructor(
    readonly code: ResumeParseErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export interface ExtractTextOptions {
  /** Wall-clock limit for the parse once a pool thread has taken it. Default 20 000. */
  timeoutMs?: number;
  /** Longer text is cut off. Default 200 000. */
  maxTextChars?: number;
  /** V8 old-generation heap of each parsing thread. Default 256. */
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
const MAX_DISPLAY_RUNS = 60;

const WORKER_URL = new URL('./text-worker.js', import.meta.url);
// Parsing is CPU-bound: more threads than cores only queue inside the OS.
const POOL_THREADS = availableParallelism();
// Threads stay warm between résumés of a batch, and go away when the queue is quiet.
const POOL_IDLE_MS = 30_000;
const KIND_LABEL: Record<ResumeKind, string> = { pdf: 'PDF', doc: 'Word 97-2003 (.doc)', docx: 'Word (.docx)' };

interface WorkerResult {
  ok: boolean;
  text?: string;
  display?: DisplayRun[];
  code?: ResumeParseErrorCode;
  message?: string;
}

/**
 * Extracts plain text from a résumé, without control characters. Parsing runs in a pool of
 * worker threads (one per core) with a heap cap and a wall-clock timeout: a hostile file
 * costs its own thread, which the pool replaces, and never the process.
 * Rejects with ResumeParseError.
 */
export async function extractResumeText(bytes: Uint8Array, kind: ResumeKind, opts: ExtractTextOptions = {}): Promise<string> {
  return (await extractResumeContent(bytes, kind, opts)).text;
}

/** As extractResumeText, with the typography the field extractor reads the name from. */
export async function extractResumeContent(bytes: Uint8Array, kind: ResumeKind, opts: ExtractTextOptions = {}): Promise<{ text: string; layout: ResumeLayout }> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxTextChars = opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const maxHeapMb = opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;

  if (sniffResumeType(bytes) !== kind) {
    throw new ResumeParseError('CORRUPT', `The file is not a readable ${KIND_LABEL[kind]} document (damaged, truncated, or a different format).`);
  }
  if (kind === 'docx') assertNotZipBomb(bytes);

  const result = await parseInPool(bytes, kind, { timeoutMs, maxTextChars, maxHeapMb });
  if (!result.ok) throw new ResumeParseError(result.code ?? 'CORRUPT', describeFailure(result.code ?? 'CORRUPT', kind), result.message);
  const text = stripControlChars(result.text ?? '');
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) {
    throw new ResumeParseError(
      'NO_TEXT',
      kind === 'pdf'
        ? 'The PDF contains no extractable text; it is probably a scanned image. Upload a text-based PDF or a Word document.'
        : 'The document contains no readable text.',
    );
  }
  const display = (result.display ?? []).slice(0, MAX_DISPLAY_RUNS).map((run) => ({ ...run, text: stripControlChars(String(run.text)).slice(0, 200) }));
  return { text, layout: { display } };
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

interface ParsePool {
  pool: Piscina;
  /** Hands a parse to the pool only when a thread is free, so its timeout never counts queueing. */
  slot: LimitFunction;
}

const pools = new Map<number, ParsePool>();

function poolFor(maxHeapMb: number): ParsePool {
  let entry = pools.get(maxHeapMb);
  if (!entry) {
    entry = {
      pool: new Piscina({
        filename: WORKER_URL.href,
        minThreads: 0,
        maxThreads: POOL_THREADS,
        idleTimeout: POOL_IDLE_MS,
        // pdf.js leaves timers behind after a document is destroyed; a thread paused by Atomics would stall them.
        atomics: 'disabled',
        resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      }),
      slot: pLimit(POOL_THREADS),
    };
    pools.set(maxHeapMb, entry);
  }
  return entry;
}

/** Ends the parsing threads (tests and shutdown); a later parse starts new ones. */
export async function closeParsePools(): Promise<void> {
  const open = [...pools.values()];
  pools.clear();
  await Promise.all(open.map((entry) => entry.pool.destroy()));
}

function parseInPool(
  bytes: Uint8Array,
  kind: ResumeKind,
  limits: { timeoutMs: number; maxTextChars: number; maxHeapMb: number },
): Promise<WorkerResult> {
  const { pool, slot } = poolFor(limits.maxHeapMb);
  return slot(async () => {
    const copy = bytes.slice();
    try {
      return (await pool.run({ bytes: copy, kind, maxTextChars: limits.maxTextChars }, { transferList: [copy.buffer], signal: AbortSignal.timeout(limits.timeoutMs) })) as WorkerResult;
    } catch (error) {
      const err = error as Error & { code?: string };
      // Aborting a running task terminates its thread: that is what stops a runaway parse.
      if (err.name === 'AbortError') return { ok: false, code: 'TIMEOUT', message: `stopped after ${limits.timeoutMs} ms` };
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, code: 'TOO_LARGE', message: err.message };
      return { ok: false, code: 'CORRUPT', message: err.message };
    }
  });
}

function describeFailure(code: ResumeParseErrorCode, kind: ResumeKind): string {
  switch (code) {
    case 'ENCRYPTED':
      return `The ${KIND_LABEL[kind]} is password-protected; upload an unprotected copy.`;
    case 'TOO_LARGE':
      return `The ${KIND_LABEL[kind]} needs more memory to parse than a résumé should.`;
    case 'TIMEOUT':
      return `Parsing the ${KIND_LABEL[kind]} took too long.`;
    case 'NO_TEXT':
      return `The ${KIND_LABEL[kind]} contains no readable text.`;
    case 'CORRUPT':
      return `The ${KIND_LABEL[kind]} could not be parsed; it may be damaged.`;
  }
}
