import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { planBlocks } from '../../../shared/document/blocks.ts';
import { planOutline } from '../../../shared/document/outline.ts';
import { TODAY, sampleDocument } from '../../shared/document/fixtures.ts';
import { contentPages, pageFillProblems, picturePages } from './pageFill.ts';
import { keep, officeToPdf, pagePictures } from './readers.ts';

/** The Word document's running header (account · plan) and footer (edition · page number), as LibreOffice prints them. */
const RUNNING = { header: /^Northwind Logistics · Northwind Logistics — FY28 growth plan$/, footer: /Page \d+ of \d+$/ };

describe('Word pages without waste (keep with next), opened by LibreOffice', () => {
  it.each(['internal', 'customer'] as const)('prints the %s sample plan with five lines or more on every page, no heading at a page end and captions with their pictures', async (edition) => {
    const document = sampleDocument();
    const exported = await exportDocument(document, { planId: 'p', format: 'docx', edition, paper: 'a4', includeMap: true }, { today: TODAY });
    const zip = await JSZip.loadAsync(Buffer.from(exported.base64, 'base64'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading\d"\/>(?:(?!<\/w:p>).)*?<\/w:pPr>/gs)].map((match) => match[0]);
    expect(headings.length).toBeGreaterThan(20);
    for (const heading of headings) expect(heading).toContain('<w:keepNext/>');
    const pdf = await officeToPdf(keep(exported, `page-fill-${edition}.docx`));
    const pages = await contentPages(pdf, RUNNING);
    await pagePictures(pdf, pages.length);
    const blocks = planBlocks(planOutline(document, { edition, today: TODAY }));
    // LibreOffice prints the pictures' PNG fallbacks, whose labels pdftotext cannot read: those pages are full all the same.
    expect(pageFillProblems(pages, blocks, await picturePages(pdf))).toEqual([]);
  });
});
