import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { ExportedDocument } from '../../../shared/api.ts';

const run = promisify(execFile);

/** tests/output/ (git-ignored): documents and page pictures kept for people to look at. */
export const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'output');

/** Writes an exported document to tests/output/ under `name` and returns its path. */
export function keep(document: ExportedDocument, name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, name);
  writeFileSync(path, Buffer.from(document.base64, 'base64'));
  return path;
}

/** The text of a PDF as pdftotext reads it, whitespace collapsed. */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.replace(/\s+/g, ' ');
}

/** Number of pages of a PDF (pdfinfo). */
export async function pdfPages(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

/** Renders the first pages of a PDF to PNG next to it (pdftoppm -r 50). */
export async function pagePictures(path: string, pages: number): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '50', '-l', String(pages), path, path.replace(/\.pdf$/, '-page')]);
}

/** Converts a DOCX or PPTX to PDF with LibreOffice (a throwaway profile); the PDF is kept beside it as NAME-docx.pdf. */
export async function officeToPdf(path: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'atlas-soffice-'));
  try {
    await run('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, path], {
      timeout: 120_000,
    });
    const kept = path.replace(/\.(docx|pptx)$/, '-$1.pdf');
    copyFileSync(join(work, basename(path).replace(/\.(docx|pptx)$/, '.pdf')), kept);
    return kept;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
