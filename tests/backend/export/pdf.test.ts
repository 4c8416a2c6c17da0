import { existsSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { chromiumPdfPrinter } from '../../../electron/backend/export/pdf.ts';
import { closeSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import { isAtlasError } from '../../../shared/errors.ts';
import { PLAN_SECTIONS } from '../../../shared/kinds/index.ts';
import { HOSTILE_LABELS, TODAY, hostileDocument, sampleDocument } from '../../shared/document/fixtures.ts';
import { keep, pagePictures, pdfPages, pdfText } from './readers.ts';

const stakeholders = sampleDocument()
  .nodes.filter((node) => node.kind === 'stakeholder')
  .map((node) => node.label);
const options = (edition: 'internal' | 'customer', paper: 'a4' | 'letter' = 'a4') =>
  ({ planId: 'p', format: 'pdf', edition, paper, includeMap: true }) as const;

describe('PDF export (Chromium)', () => {
  const saved = process.env.ATLAS_CHROMIUM;
  afterEach(() => {
    if (saved === undefined) delete process.env.ATLAS_CHROMIUM;
    else process.env.ATLAS_CHROMIUM = saved;
  });
  afterAll(closeSharedChromium);

  it('prints the internal plan with every section, every stakeholder and page numbers', async () => {
    const exported = await exportDocument(sampleDocument(), options('internal'), { today: TODAY });
    expect(exported.fileName).toBe('Northwind Logistics - FY28 growth plan (internal).pdf');
    expect(exported.mimeType).toBe('application/pdf');
    const path = keep(exported, 'sample-internal.pdf');
    const text = await pdfText(path);
    const pages = await pdfPages(path);
    for (const section of PLAN_SECTIONS) expect(text).toContain(`${section.number}. ${section.title}`);
    expect(text).toContain('Account map');
    for (const name of stakeholders) expect(text).toContain(name);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Northwind Logistics — FY28 growth plan');
    const bodyOrder = [...PLAN_SECTIONS.map((section) => `${section.number}. ${section.title}`), 'Account map'].map((heading) => text.lastIndexOf(heading));
    expect(bodyOrder).toEqual([...bodyOrder].sort((a, b) => a - b));
    await pagePictures(path, 4);
    expect(existsSync(path.replace(/\.pdf$/, '-page-01.png'))).toBe(true);
  });

  it('leaves internal material out of the customer edition and prints on Letter paper', async () => {
    const exported = await exportDocument(hostileDocument(), options('customer', 'letter'), { today: TODAY });
    const path = keep(exported, 'sample-customer.pdf');
    const text = await pdfText(path);
    for (const secret of ['RouteMax', 'FleetPulse', 'Six-year delivery record', 'Budget freeze', 'Mentor', 'Enemy', 'Trusted advisor', 'Met once at the customer summit', 'Walk-away price', 'Hidden Informant']) {
      expect(text, secret).not.toContain(secret);
    }
    for (const name of stakeholders) expect(text).toContain(name);
    expect(text).toContain('Customer edition');
    await pagePictures(path, 3);
  });

  it('prints hostile labels as text', async () => {
    const exported = await exportDocument(hostileDocument(), options('internal'), { today: TODAY });
    const text = await pdfText(keep(exported, 'hostile-internal.pdf'));
    for (const label of HOSTILE_LABELS) expect(text).toContain(label);
  });

  it('says how to get a browser when none is found', async () => {
    process.env.ATLAS_CHROMIUM = '/nonexistent/chromium';
    const failure = await exportDocument(sampleDocument(), options('internal'), { today: TODAY }).catch((error: unknown) => error);
    expect(isAtlasError(failure) && failure.code).toBe('unavailable');
    expect((failure as Error).message).toMatch(/^PDF export needs Chromium.*install Chromium or set ATLAS_CHROMIUM/);
    const direct = await chromiumPdfPrinter({ ATLAS_CHROMIUM: '/nonexistent' })('<p>x</p>', { paper: 'a4', headerTemplate: '', footerTemplate: '' }).catch((error: unknown) => error);
    expect((direct as Error).message).toContain('/nonexistent');
  });

  it('uses the printer it is given (the desktop app passes printToPDF)', async () => {
    const seen: string[] = [];
    const exported = await exportDocument(sampleDocument(), options('customer'), {
      today: TODAY,
      printPdf: async (html, print) => {
        seen.push(html, print.headerTemplate, print.footerTemplate);
        return new TextEncoder().encode('%PDF-fake');
      },
    });
    expect(Buffer.from(exported.base64, 'base64').toString()).toBe('%PDF-fake');
    expect(seen[0]).toMatch(/^<!doctype html>/);
    expect(seen[1]).toContain('Northwind Logistics');
    expect(seen[2]).toContain('class="pageNumber"');
    expect(seen[2]).toContain('class="totalPages"');
  });
});
