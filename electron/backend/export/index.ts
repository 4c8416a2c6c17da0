import type { z } from 'zod';
import type { ExportedDocument, PaperSize, exportOptionsSchema } from '../../../shared/api.ts';
import { editionName, planBlocks } from '../../../shared/document/blocks.ts';
import { documentFileName } from '../../../shared/document/fileName.ts';
import { renderHtml } from '../../../shared/document/html.ts';
import { renderMarkdown } from '../../../shared/document/markdown.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { AtlasError } from '../../../shared/errors.ts';
import { planSizeProblem } from '../../../shared/limits.ts';
import type { PlanDocument, Snapshot } from '../../../shared/model.ts';
import { renderDocx } from './docx.ts';
import { chromiumPdfPrinter, pdfTemplates } from './pdf.ts';
import { SLIDE_MAP_PAGE, renderPptx } from './pptx.ts';

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

const MIME_TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

/** Renders a plan as a document in one of the document formats (not JSON, which the service writes). */
export async function exportDocument(
  document: PlanDocument,
  options: DocumentExportOptions,
  deps: { printPdf?: PdfPrinter; today: string; reviews?: readonly Snapshot[] },
): Promise<ExportedDocument> {
  const { format } = options;
  if (format === 'json') throw new AtlasError('invalid-input', 'JSON is a plan file, not a document: export it as a plan file instead.');
  // A plan made before the limits, or past them some other way, is refused in one sentence rather than left to
  // run out of time or memory half-way through a document.
  const tooLarge = planSizeProblem(document.nodes, document.edges.length);
  if (tooLarge) throw new AtlasError('refused', `This plan is too large for a document: ${tooLarge} Export it as a plan file (JSON) instead.`);
  const outline = planOutline(document, { edition: options.edition, today: deps.today, reviews: deps.reviews });
  // Slides are landscape and lower than a page: their map pictures are cut to fit a slide.
  // Markdown shows the map's outline only: its pictures are not drawn.
  const blocks = planBlocks(outline, { includeMap: options.includeMap, mapPage: format === 'pptx' ? SLIDE_MAP_PAGE : undefined, mapPictures: format !== 'md' });
  const title = `${document.plan.title} — ${document.account.name}`;
  let content: Uint8Array;
  switch (format) {
    case 'md':
      content = new TextEncoder().encode(renderMarkdown(blocks));
      break;
    case 'html':
      content = new TextEncoder().encode(renderHtml(blocks, { paper: options.paper, title }));
      break;
    case 'pdf': {
      const print = deps.printPdf ?? chromiumPdfPrinter();
      const templates = pdfTemplates({ left: document.account.name, right: document.plan.title }, editionName(options.edition));
      content = await print(renderHtml(blocks, { paper: options.paper, title }), { paper: options.paper, ...templates });
      break;
    }
    case 'docx':
      content = await renderDocx(blocks, { paper: options.paper, title, accountName: document.account.name, planTitle: document.plan.title, edition: editionName(options.edition) });
      break;
    case 'pptx':
      content = await renderPptx(blocks, { title, accountName: document.account.name, planTitle: document.plan.title, edition: editionName(options.edition) });
      break;
  }
  return {
    fileName: documentFileName(document.account.name, document.plan.title, options.edition, format),
    mimeType: MIME_TYPES[format],
    base64: Buffer.from(content).toString('base64'),
  };
}
