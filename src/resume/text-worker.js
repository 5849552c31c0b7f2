// Worker entry for extract-text.ts. Plain JavaScript so it runs under plain node,
// tsx and vitest alike without a TypeScript loader in the worker.
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocText } from './doc-text.js';
import { extractDocxText } from './docx-text.js';
import { extractPdfText } from './pdf-text.js';
import { ZipLimitError } from './zip-directory.js';

const EXTRACTORS = { pdf: extractPdfText, docx: extractDocxText, doc: extractDocText };

const { bytes, kind, maxTextChars } = workerData;
try {
  const { text, links } = await EXTRACTORS[kind](bytes, maxTextChars);
  parentPort.postMessage({ ok: true, text: appendMissingLinks(text, links).slice(0, maxTextChars) });
} catch (error) {
  parentPort.postMessage({ ok: false, ...classify(error) });
}

// Link targets often hold the LinkedIn/portfolio URL behind anchor text like "LinkedIn".
function appendMissingLinks(text, links) {
  const present = comparable(text);
  const missing = new Map();
  for (const link of links) {
    const target = link.replace(/^mailto:/i, '').trim();
    const key = comparable(target);
    if (key && !present.includes(key)) missing.set(key, target);
  }
  return missing.size === 0 ? text : `${text}\nLinks\n${[...missing.values()].join('\n')}`;
}

function comparable(url) {
  return url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

function classify(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (error?.name === 'PasswordException') return { code: 'ENCRYPTED', message };
  if (error instanceof ZipLimitError) return { code: 'TOO_LARGE', message };
  if (error instanceof RangeError && /allocation failed|invalid (string|typed array|array buffer) length/i.test(message)) {
    return { code: 'TOO_LARGE', message };
  }
  return { code: 'CORRUPT', message };
}
