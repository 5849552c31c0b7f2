import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

export const RESUME_EXTENSIONS: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ResumeFile {
  path: string;
  /** Relative to the imported directory, for messages. */
  name: string;
  mimeType: string;
}

/** Every PDF, DOC and DOCX under `dir`, in a stable order; other files are reported as skipped. */
export async function listResumeFiles(dir: string): Promise<{ files: ResumeFile[]; skipped: string[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: ResumeFile[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    if (entry.name.startsWith('.')) continue;
    const mimeType = RESUME_EXTENSIONS[extname(entry.name).toLowerCase()];
    if (mimeType) files.push({ path, name, mimeType });
    else skipped.push(name);
  }
  files.sort((a, b) => a.name.localeCompare(b.name));
  return { files, skipped: skipped.sort() };
}
