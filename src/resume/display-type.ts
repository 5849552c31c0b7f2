/**
 * Text set larger than the body of the first page (PDF) or the opening paragraphs (DOCX),
 * in reading order: where a résumé puts its owner's name. Produced in the parsing worker
 * (pdf-layout.js, docx-text.js), read by the field extractor.
 */
export interface DisplayRun {
  text: string;
  /** Size relative to the body text (1 = body). */
  scale: number;
  /** Font (and weight) key: runs of one line in two fonts often split first and last name. */
  font: string;
  /** Row (PDF) or paragraph (DOCX) index from the top. */
  row: number;
  /** Distance from the top of the page as a share of its height (PDF only). */
  top?: number;
}

export interface ResumeLayout {
  display: DisplayRun[];
}
