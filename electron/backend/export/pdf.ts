import { existsSync } from 'node:fs';
import { AtlasError } from '../../../shared/errors.ts';
import { DOCUMENT_FONTS } from '../../../shared/document/fonts.ts';
import { PAGE_MARGINS } from '../../../shared/document/htmlStyle.ts';
import { escapeHtml } from '../../../shared/document/html.ts';
import type { PdfPrinter, PdfPrintOptions } from './index.ts';
import { withSharedChromium } from './sharedChromium.ts';

/** Where Chromium is looked for when ATLAS_CHROMIUM is not set. */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium executable to print with: ATLAS_CHROMIUM, else the first system Chromium found; null when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.ATLAS_CHROMIUM?.trim();
  if (configured) return existsSync(configured) ? configured : null;
  return CHROMIUM_PATHS.find((path) => existsSync(path)) ?? null;
}

/** The sentence shown when no browser can print the PDF. */
export function noChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.ATLAS_CHROMIUM?.trim();
  return configured
    ? `PDF export needs Chromium, but ATLAS_CHROMIUM points to ${configured}, which does not exist: install Chromium or set ATLAS_CHROMIUM to its executable.`
    : 'PDF export needs Chromium: install Chromium (for example `apt-get install chromium`) or set ATLAS_CHROMIUM to a Chromium or Chrome executable.';
}

/**
 * Prints HTML to PDF with a headless Chromium through playwright-core (the CLI, browser mode and tests). The browser
 * is shared by the exports of the process (see sharedChromium.ts); each export prints in a fresh context of its own.
 */
export function chromiumPdfPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  return async (html: string, options: PdfPrintOptions): Promise<Uint8Array> => {
    const executablePath = findChromium(env);
    if (!executablePath) throw new AtlasError('unavailable', noChromiumMessage(env));
    return withSharedChromium(executablePath, async (browser) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        // The document is self-contained: nothing may be fetched while printing.
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({
          format: options.paper === 'letter' ? 'Letter' : 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: options.headerTemplate,
          footerTemplate: options.footerTemplate,
          margin: PAGE_MARGINS,
          outline: true,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        // After a crash the context went with the browser; the print's own error says what happened.
        await context.close().catch(() => undefined);
      }
    });
  };
}

const TEMPLATE_STYLE = `font-family:${DOCUMENT_FONTS};font-size:8px;color:#6b7280;width:100%;margin:0 16mm;display:flex;justify-content:space-between;`;

/** Chromium header and footer templates: account and plan at the top, edition and "Page X of Y" at the bottom. */
export function pdfTemplates(header: { left: string; right: string }, footerLeft: string): { headerTemplate: string; footerTemplate: string } {
  return {
    headerTemplate: `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(header.left)}</span><span>${escapeHtml(header.right)}</span></div>`,
    footerTemplate: `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(footerLeft)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}
