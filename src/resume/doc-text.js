import WordExtractor from 'word-extractor';

/**
 * @param {Uint8Array} bytes
 * @returns {Promise<{ text: string, links: string[] }>}
 */
export async function extractDocText(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const document = await new WordExtractor().extract(buffer);
  const parts = [
    document.getHeaders({ includeFooters: false }),
    document.getBody(),
    document.getTextboxes({ includeHeadersAndFooters: false, includeBody: true }),
    document.getFooters(),
  ];
  return { text: parts.filter((part) => part.trim()).join('\n'), links: hyperlinkTargets(buffer) };
}

// word-extractor keeps a field's displayed text ("LinkedIn") and drops its instruction
// (HYPERLINK "https://…"), where the URL is. Word stores text as 8-bit or UTF-16LE.
function hyperlinkTargets(buffer) {
  const targets = new Set();
  for (const text of [buffer.toString('latin1'), buffer.toString('utf16le'), buffer.subarray(1).toString('utf16le')]) {
    for (const match of text.matchAll(/HYPERLINK\s+"((?:https?:\/\/|mailto:)[^"\s]{3,300})"/g)) targets.add(match[1]);
  }
  return [...targets];
}
