import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { PLAN_SECTIONS } from '../../../shared/kinds/index.ts';
import { HOSTILE_LABELS, TODAY, hostileDocument, sampleDocument } from '../../shared/document/fixtures.ts';
import { pngTag } from '../../../electron/backend/export/png.ts';
import { keep, officeToPdf, pagePictures, pdfText } from './readers.ts';

/** English Metric Units per CSS pixel (96 per inch). */
const EMU_PER_PIXEL = 9525;

/** Width and height from a PNG's header. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

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
    // Each map picture is an SVG with a real PNG fallback (not the stand-in it was built with), drawn at the size it
    // is shown at.
    const media = (extension: string) => Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith(extension));
    expect(media('.png').length).toBeGreaterThan(1);
    expect(media('.png').length).toBe(media('.svg').length);
    const byWidth = (a: number, b: number) => a - b;
    const shownWidths = [...xml.matchAll(/<wp:extent cx="(\d+)"/g)].map((match) => Number(match[1]) / EMU_PER_PIXEL).sort(byWidth);
    const pngWidths: number[] = [];
    for (const name of media('.png')) {
      const png = (await zip.file(name)?.async('uint8array')) ?? new Uint8Array();
      expect(pngTag(png), name).toBeNull();
      pngWidths.push(pngSize(png).width);
    }
    expect(pngWidths.length).toBe(shownWidths.length);
    pngWidths.sort(byWidth).forEach((width, at) => expect(Math.abs(width - (shownWidths[at] ?? 0))).toBeLessThanOrEqual(1));
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
    // The map, the org chart and the power map are native shapes (PowerPoint edits them; their labels are text);
    // a picture too large for that would be a real PNG (not the stand-in it was built with) at 1.5 times its size.
    let pictures = 0;
    for (const slide of slides) {
      const slideXml = (await zip.file(slide)?.async('string')) ?? '';
      const pic = /<p:pic>[\s\S]*?<a:blip r:embed="([^"]+)"[\s\S]*?<a:ext cx="(\d+)"/.exec(slideXml);
      if (!pic) continue;
      const rels = (await zip.file(slide.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))?.async('string')) ?? '';
      const target = new RegExp(`Id="${pic[1]}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)?.[1];
      const png = (await zip.file(`ppt/media/${target}`)?.async('uint8array')) ?? new Uint8Array();
      expect(pngTag(png), slide).toBeNull();
      expect(Math.abs(pngSize(png).width - (Number(pic[2]) / EMU_PER_PIXEL) * 1.5), slide).toBeLessThanOrEqual(2);
      pictures += 1;
    }
    expect(pictures).toBe(0);
    expect(xml).toContain('<a:t>Account map — overview');
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
