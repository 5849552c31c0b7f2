import PDFDocument from 'pdfkit';
import type { Random } from './prng.js';
import type { Block, ResumeDocument } from './resume-model.js';

export type PdfLayout = 'single' | 'sidebar-left' | 'sidebar-right';

const MARGIN = 42;
const SIDEBAR_WIDTH = 165;
const GUTTER = 26;

interface Fonts {
  regular: string;
  bold: string;
}

interface TextOp {
  page: number;
  y: number;
  x: number;
  width: number;
  text: string;
  font: string;
  size: number;
  align: 'left' | 'right';
  link?: string;
}

/** Places a column's blocks top to bottom, starting new pages when it runs out of room. */
class ColumnFlow {
  page = 0;
  readonly ops: TextOp[] = [];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: Fonts,
    private readonly x: number,
    private readonly width: number,
    public y: number,
    private readonly pageBottom: number,
  ) {}

  add(block: Block): void {
    switch (block.kind) {
      case 'name':
        return this.text(block.text, this.fonts.bold, 20, 6);
      case 'headline':
        return this.text(block.text, this.fonts.regular, 12, 6);
      case 'heading':
        this.y += 8;
        return this.text(block.text, this.fonts.bold, 11.5, 4);
      case 'text':
        return this.text(block.text, block.bold ? this.fonts.bold : this.fonts.regular, 10, 2, block.link);
      case 'bullet': {
        const height = this.measure(block.text, this.fonts.regular, 10, this.width - 12);
        const at = this.reserve(height + 2);
        this.ops.push({ ...at, x: this.x, width: 10, text: '•', font: this.fonts.regular, size: 10, align: 'left' });
        this.ops.push({ ...at, x: this.x + 12, width: this.width - 12, text: block.text, font: this.fonts.regular, size: 10, align: 'left' });
        return;
      }
      case 'row': {
        const font = block.bold ? this.fonts.bold : this.fonts.regular;
        const leftWidth = Math.min(this.width * 0.55, this.doc.font(font).fontSize(10).widthOfString(block.left) + 12);
        const rightWidth = this.width - leftWidth;
        const height = Math.max(this.measure(block.left, font, 10, leftWidth), block.right ? this.measure(block.right, this.fonts.regular, 10, rightWidth) : 0);
        const at = this.reserve(height + 2);
        this.ops.push({ ...at, x: this.x, width: leftWidth, text: block.left, font, size: 10, align: 'left' });
        if (block.right) this.ops.push({ ...at, x: this.x + leftWidth, width: rightWidth, text: block.right, font: this.fonts.regular, size: 10, align: 'right' });
        return;
      }
    }
  }

  private text(text: string, font: string, size: number, after: number, link?: string): void {
    const at = this.reserve(this.measure(text, font, size, this.width) + after);
    this.ops.push({ ...at, x: this.x, width: this.width, text, font, size, align: 'left', ...(link ? { link } : {}) });
  }

  private measure(text: string, font: string, size: number, width: number): number {
    return this.doc.font(font).fontSize(size).heightOfString(text, { width });
  }

  private reserve(height: number): { page: number; y: number } {
    if (this.y + height > this.pageBottom) {
      this.page++;
      this.y = MARGIN;
    }
    const at = { page: this.page, y: this.y };
    this.y += height;
    return at;
  }
}

/**
 * Renders with the standard PDF fonts. Two-column layouts emit their text sorted by
 * vertical position, interleaving sidebar and main column the way many PDF producers do.
 */
export function renderPdf(resume: ResumeDocument, layout: PdfLayout, random: Random): Promise<Uint8Array> {
  const fonts = random.pick<Fonts>([
    { regular: 'Helvetica', bold: 'Helvetica-Bold' },
    { regular: 'Times-Roman', bold: 'Times-Bold' },
  ]);
  const size = random.pick(['A4', 'LETTER']);
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: true, info: { Title: 'Résumé' } });
  const pageWidth = doc.page.width;
  const pageBottom = doc.page.height - MARGIN;
  const fullWidth = pageWidth - 2 * MARGIN;

  const header = new ColumnFlow(doc, fonts, MARGIN, fullWidth, MARGIN, pageBottom);
  for (const block of resume.header) header.add(block);
  const columns: ColumnFlow[] = [header];
  if (layout === 'single') {
    const body = new ColumnFlow(doc, fonts, MARGIN, fullWidth, header.y + 6, pageBottom);
    for (const block of [...resume.main, ...resume.side]) body.add(block);
    columns.push(body);
  } else {
    const mainWidth = fullWidth - SIDEBAR_WIDTH - GUTTER;
    const sideX = layout === 'sidebar-left' ? MARGIN : MARGIN + mainWidth + GUTTER;
    const mainX = layout === 'sidebar-left' ? MARGIN + SIDEBAR_WIDTH + GUTTER : MARGIN;
    const side = new ColumnFlow(doc, fonts, sideX, SIDEBAR_WIDTH, header.y + 10, pageBottom);
    const main = new ColumnFlow(doc, fonts, mainX, mainWidth, header.y + 10, pageBottom);
    for (const block of resume.side) side.add(block);
    for (const block of resume.main) main.add(block);
    columns.push(side, main);
  }

  const ops = columns.flatMap((column) => column.ops).sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  let page = 0;
  for (const op of ops) {
    while (page < op.page) {
      doc.addPage({ size, margin: 0 });
      page++;
    }
    doc.font(op.font).fontSize(op.size).text(op.text, op.x, op.y, {
      width: op.width,
      align: op.align,
      lineBreak: true,
      ...(op.link ? { link: op.link, underline: true } : {}),
    });
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
