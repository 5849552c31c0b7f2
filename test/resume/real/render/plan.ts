// Which invented people each template renders, and the development / held-out split.
// The split was fixed before any tuning: every template's last person is held out, so the
// held-out part covers every layout with people (and date styles) the extractor never saw.
export const ASSIGNMENTS: { template: string; seeds: number[] }[] = [
  { template: 'jakegut', seeds: [0, 1, 2] },
  { template: 'sb2nov', seeds: [3, 4, 5] },
  { template: 'moderncv-classic', seeds: [6, 7, 8] },
  { template: 'moderncv-banking', seeds: [9, 10, 11] },
  { template: 'moderncv-casual', seeds: [12, 13, 14] },
  { template: 'awesome-cv', seeds: [15, 16, 17] },
  { template: 'mcdowell', seeds: [18, 19, 20] },
  { template: 'altacv', seeds: [21, 22, 23] },
  { template: 'latexcv-classic', seeds: [24, 25, 26] },
  { template: 'latexcv-sidebar', seeds: [27, 28, 29] },
  { template: 'deedy', seeds: [30, 31, 32] },
  { template: 'jsonresume-even', seeds: [33, 34, 35] },
  { template: 'jsonresume-stackoverflow', seeds: [36, 37, 38] },
  { template: 'pandoc-docx', seeds: [39, 40, 41] },
  { template: 'libreoffice-doc', seeds: [42, 43, 44] },
  { template: 'html-table-docx', seeds: [45, 46, 47] },
  // Added later (issue 11, second round); the split rule is the same.
  { template: 'jsonresume-elegant', seeds: [48, 49, 50] },
  { template: 'jsonresume-kendall', seeds: [51, 52, 53] },
  { template: 'jsonresume-paper', seeds: [54, 55, 56] },
  { template: 'jsonresume-flat', seeds: [57, 58, 59] },
  { template: 'jsonresume-macchiato', seeds: [63, 64, 65] },
  { template: 'moderncv-fancy', seeds: [66, 67, 68] },
  { template: 'moderncv-oldstyle', seeds: [69, 70, 71] },
  { template: 'pandoc-latex-pdf', seeds: [72, 73, 74] },
  { template: 'libreoffice-pdf', seeds: [75, 76, 77] },
];

export function isHeldOut(template: string, seed: number): boolean {
  const assignment = ASSIGNMENTS.find((a) => a.template === template);
  return assignment !== undefined && assignment.seeds.at(-1) === seed;
}
