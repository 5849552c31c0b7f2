import { getDocumentProxy } from 'unpdf';
import { displayRuns, layoutPageText } from './pdf-layout.js';

/**
 * @param {Uint8Array} bytes
 * @param {number} maxTextChars stop reading further pages once this much text is collected
 * @returns {Promise<{ text: string, links: string[], display: import('./pdf-layout.js').DisplayRun[] }>}
 */
export async function extractPdfText(bytes, maxTextChars) {
  const pdf = await getDocumentProxy(bytes, { isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const pages = [];
    const links = [];
    let display = [];
    let length = 0;
    for (let pageNumber = 1; pageNumber <= pdf.numPages && length < maxTextChars; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const text = layoutPageText(content.items, page.view);
      // The name and headline are set on the first page.
      if (pageNumber === 1) display = displayRuns(content.items, page.view);
      pages.push(text);
      length += text.length;
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype === 'Link' && typeof annotation.url === 'string') links.push(annotation.url);
      }
      page.cleanup();
    }
    return { text: pages.join('\n\n'), links, display };
  } finally {
    await pdf.destroy();
  }
}
