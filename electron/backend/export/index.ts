import type { z } from 'zod';
import type { ExportedDocument, PaperSize, exportOptionsSchema } from '../../../shared/api.ts';
import { AtlasError } from '../../../shared/errors.ts';
import type { PlanDocument } from '../../../shared/model.ts';

/** Options for printing HTML to PDF (Chromium header/footer templates use its pageNumber/totalPages classes). */
export interface PdfPrintOptions {
  paper: PaperSize;
  headerTemplate: string;
  footerTemplate: string;
}

/** Prints self-contained HTML to PDF: printToPDF in the desktop app, Chromium via playwright-core elsewhere. */
export type PdfPrinter = (html: string, options: PdfPrintOptions) => Promise<Uint8Array>;

/** Validated export options. */
export type DocumentExportOptions = z.output<typeof exportOptionsSchema>;

/** Renders a plan as a document in one of the document formats (not JSON, which the service writes). */
export async function exportDocument(
  _document: PlanDocument,
  options: DocumentExportOptions,
  _deps: { printPdf?: PdfPrinter; today: string },
): Promise<ExportedDocument> {
  throw new AtlasError('unavailable', `Export to ${options.format} is not available yet.`);
}
