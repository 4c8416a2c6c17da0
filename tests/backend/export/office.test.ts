import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { PLAN_SECTIONS } from '../../../shared/kinds/index.ts';
import { HOSTILE_LABELS, TODAY, hostileDocument, sampleDocument } from '../../shared/document/fixtures.ts';
import { keep, officeToPdf, pagePictures, pdfText } from './readers.ts';

const stakeholders = sampleDocument()
  .nodes.filter((node) => node.kind === 'stakeholder')
  .map((node) => node.label);
// Headers short enough not to wrap in their column (a wrapped header reads as two words apart in the text).
const TABLE_HEADERS = ['Need', 'Buying role', 'Covered by', 'Opportunity', 'Owner', 'Needed for', 'Milestone'];
const SECRETS = ['RouteMax', 'FleetPulse', 'Six-year delivery record', 'Budget freeze', 'Mentor', 'Enemy', 'Trusted advisor', 'Walk-away price', 'Hidden Informant'];

async function exported(format: 'docx' | 'pptx', edition: 'internal' | 'customer') {
  const result = await exportDocument(hostileDocument(), { planId: 'p', format, edition, paper: 'a4', includeMap: true }, { today: TODAY });
  return { result, path: keep(result, `sample-${edition}.${format}`) };
}

describe('Word and PowerPoint exports, opened by LibreOffice', () => {
  it('writes a Word document with real headings, a contents field, header rows and the map picture', async () => {
    const { result, path } = await exported('docx', 'internal');
    expect(result.fileName).toBe('Northwind Logistics - FY28 growth plan (internal).docx');
    const zip = await JSZip.loadAsync(Buffer.from(result.base64, 'base64'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(PLAN_SECTIONS.length + 1);
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain("TOC \\h \\o &quot;1-2&quot;");
    expect(xml).toContain('<w:tblHeader/>');
    expect(Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name)).length).toBeGreaterThan(1);
    const pdf = await officeToPdf(path);
    await pagePictures(pdf, 3);
    const text = await pdfText(pdf);
    for (const section of PLAN_SECTIONS) expect(text).toContain(`${section.number}. ${section.title}`);
    for (const name of stakeholders) expect(text).toContain(name);
    for (const header of TABLE_HEADERS) expect(text).toContain(header);
    for (const label of HOSTILE_LABELS) expect(text).toContain(label);
    expect(text).toMatch(/Page 2 of \d+/);
  });

  it('writes a PowerPoint deck with section slides, native tables and the map', async () => {
    const { result, path } = await exported('pptx', 'internal');
    const zip = await JSZip.loadAsync(Buffer.from(result.base64, 'base64'));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides.length).toBeGreaterThan(PLAN_SECTIONS.length + 3);
    const xml = (await Promise.all(slides.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n');
    expect(xml.match(/<a:tbl>/g)?.length).toBeGreaterThan(8);
    // PowerPoint repairs a file whose paragraph properties follow a run (pptxgenjs writes them; we move them).
    expect(xml).not.toMatch(/<\/a:r>(<a:br\/>)?<a:pPr/);
    expect(Object.keys(zip.files).some((name) => /^ppt\/media\/.+\.png$/.test(name))).toBe(true);
    const pdf = await officeToPdf(path);
    await pagePictures(pdf, 4);
    const text = await pdfText(pdf);
    for (const section of PLAN_SECTIONS) expect(text).toContain(`${section.number}. ${section.title}`);
    for (const name of stakeholders) expect(text).toContain(name);
    for (const header of TABLE_HEADERS) expect(text).toContain(header);
    for (const label of HOSTILE_LABELS) expect(text).toContain(label);
  });

  it.each(['docx', 'pptx'] as const)('leaves internal material out of the customer %s', async (format) => {
    const { path } = await exported(format, 'customer');
    const text = await pdfText(await officeToPdf(path));
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    for (const name of stakeholders) expect(text).toContain(name);
  });
});
