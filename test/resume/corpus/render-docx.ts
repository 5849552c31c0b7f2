import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, SectionType, Tab, Table,
  TableCell, TableRow, TabStopPosition, TabStopType, TextRun, WidthType,
} from 'docx';
import type { Random } from './prng.js';
import type { Block, ResumeDocument } from './resume-model.js';

export type DocxLayout = 'single' | 'table' | 'sections';

function paragraph(block: Block): Paragraph {
  switch (block.kind) {
    case 'name':
      return new Paragraph({ children: [new TextRun({ text: block.text, bold: true, size: 36 })] });
    case 'headline':
      return new Paragraph({ children: [new TextRun({ text: block.text, size: 24 })] });
    case 'heading':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: block.text })] });
    case 'text':
      return new Paragraph({
        children: [
          block.link
            ? new ExternalHyperlink({ link: block.link, children: [new TextRun({ text: block.text, style: 'Hyperlink' })] })
            : new TextRun({ text: block.text, bold: block.bold ?? false }),
        ],
      });
    case 'bullet':
      return new Paragraph({ text: block.text, bullet: { level: 0 } });
    case 'row':
      return new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
        children: [new TextRun({ text: block.left, bold: block.bold ?? false }), ...(block.right ? [new TextRun({ children: [new Tab(), block.right] })] : [])],
      });
  }
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/** 'table' puts sidebar and main column in the two cells of a borderless table; 'sections' uses Word's own columns. */
export async function renderDocx(resume: ResumeDocument, layout: DocxLayout, random: Random): Promise<Uint8Array> {
  const header = resume.header.map(paragraph);
  let sections;
  if (layout === 'single') {
    sections = [{ children: [...header, ...[...resume.main, ...resume.side].map(paragraph)] }];
  } else if (layout === 'table') {
    const sideCell = new TableCell({ width: { size: 32, type: WidthType.PERCENTAGE }, children: resume.side.map(paragraph) });
    const mainCell = new TableCell({ width: { size: 68, type: WidthType.PERCENTAGE }, children: resume.main.map(paragraph) });
    const cells = random.chance(0.7) ? [sideCell, mainCell] : [mainCell, sideCell];
    sections = [
      {
        children: [
          ...header,
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: cells })] }),
        ],
      },
    ];
  } else {
    sections = [
      { children: header },
      { properties: { type: SectionType.CONTINUOUS, column: { space: 708, count: 2 } }, children: [...resume.side, ...resume.main].map(paragraph) },
    ];
  }
  const document = new Document({
    creator: 'corpus generator',
    styles: { paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { font: random.pick(['Calibri', 'Arial', 'Georgia']), size: 21 }, paragraph: { alignment: AlignmentType.LEFT } }] },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
