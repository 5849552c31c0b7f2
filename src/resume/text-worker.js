// Pool task for extract-text.ts (piscina). Plain JavaScript so it runs under plain node,
// tsx and vitest alike without a TypeScript loader in the worker.
import { extractDocText } from './doc-text.js';
import { extractDocxText } from './docx-text.js';
import { extractPdfText } from './pdf-text.js';
import { ZipLimitError } from './zip-directory.js';

const EXTRACTORS = { pdf: extractPdfText, docx: extractDocxText, doc: extractDocText };

/**
 * @param {{ bytes: Uint8Array, kind: 'pdf' | 'docx' | 'doc', maxTextChars: number }} task
 * @returns {Promise<{ ok: true, text: string, display: object[] } | { ok: false, code: string, message: string }>}
 */
export default async function extractText({ bytes, kind, maxTextChars }) {
  try {
    const { text, links, display = [] } = await EXTRACTORS[kind](bytes, maxTextChars);
    return { ok: true, text: appendMissingLinks(text, links).slice(0, maxTextChars), display };
  } catch (error) {
    return { ok: false, ...classify(error) };
  }
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
