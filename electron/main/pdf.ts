import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { PrintToPDFOptions, Session, WebPreferences } from 'electron';
import { PAGE_MARGINS } from '../../shared/document/htmlStyle.ts';
import type { PdfPrinter, PdfPrintOptions } from '../backend/export/index.ts';

/** In-memory session for printing: nothing persisted, nothing fetched from the network. */
const PDF_PARTITION = 'atlas-pdf';
const MM_PER_INCH = 25.4;

/** A CSS length in millimetres ("22mm") in inches, the unit printToPDF wants. */
export function millimetresToInches(length: string): number {
  const millimetres = Number.parseFloat(length);
  if (!length.endsWith('mm') || !Number.isFinite(millimetres)) throw new Error(`Page margins must be in mm, got ${length}.`);
  return millimetres / MM_PER_INCH;
}

let pdfSessionReady = false;

function pdfSession(): Session {
  const printing = session.fromPartition(PDF_PARTITION, { cache: false });
  if (!pdfSessionReady) {
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    // The document is self-contained; only its own file and inline data may load.
    printing.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !/^(file|data):/.test(details.url) });
    });
    pdfSessionReady = true;
  }
  return printing;
}

/** Options for the hidden print window: sandboxed, no preload, no JavaScript. */
export function pdfWindowPreferences(): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    offscreen: true,
    session: pdfSession(),
  };
}

/** Chromium print settings for a plan document. */
export function printSettings(options: PdfPrintOptions): PrintToPDFOptions {
  return {
    pageSize: options.paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    // The same margins as the browser-mode printer, so both PDFs paginate alike.
    margins: {
      top: millimetresToInches(PAGE_MARGINS.top),
      right: millimetresToInches(PAGE_MARGINS.right),
      bottom: millimetresToInches(PAGE_MARGINS.bottom),
      left: millimetresToInches(PAGE_MARGINS.left),
    },
    generateDocumentOutline: true,
    generateTaggedPDF: true,
  };
}

/** The desktop app's PDF printer: loads the HTML in a hidden window and prints it with Chromium's printToPDF. */
export function createDesktopPdfPrinter(): PdfPrinter {
  return async (html, options) => {
    // A file rather than a data: URL, which Chromium caps at 2 MB (a large map picture can exceed it).
    const folder = await mkdtemp(join(tmpdir(), 'atlas-pdf-'));
    const page = join(folder, 'plan.html');
    const window = new BrowserWindow({ show: false, webPreferences: pdfWindowPreferences() });
    try {
      await writeFile(page, html, 'utf8');
      await window.loadURL(pathToFileURL(page).href);
      const pdf = await window.webContents.printToPDF(printSettings(options));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      window.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  };
}
