import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { closeSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import { TODAY, sampleDocument } from '../../shared/document/fixtures.ts';
import { keep, officeToPdf, pdfText } from './readers.ts';

type Format = 'pdf' | 'docx' | 'pptx';
type Edition = 'internal' | 'customer';

async function exported(format: Format, edition: Edition) {
  const result = await exportDocument(sampleDocument(), { planId: 'p', format, edition, paper: 'a4', includeMap: true }, { today: TODAY });
  return { result, path: keep(result, `stakeholders-${edition}.${format}`) };
}

/** Text the org chart and power map pictures print (they are SVG text, so PDF readers read it). */
const ORG_CHART_INTERNAL = ['Solid lines: reports to. Dotted lines: informal influence.', 'Covered by Maya Chen', 'Support:'];
const POWER_MAP = ['Shaded: high influence, negative support.', '−2 Enemy', '+2 Mentor'];
const ORG_CHART_CUSTOMER = 'Lines show who reports to whom.';

describe('org chart and power map in the documents, read by real readers', () => {
  afterAll(closeSharedChromium);

  it('PDF: the internal edition has the org chart and the power map; the customer edition only the plain org chart', async () => {
    const internal = await pdfText((await exported('pdf', 'internal')).path);
    for (const words of [...ORG_CHART_INTERNAL, ...POWER_MAP]) expect(internal).toContain(words);
    expect(internal).toContain('Coverage by team member');
    const customer = await pdfText((await exported('pdf', 'customer')).path);
    expect(customer).toContain(ORG_CHART_CUSTOMER);
    for (const words of [...ORG_CHART_INTERNAL, ...POWER_MAP, 'Power map', 'Coverage by team member', 'Not covered']) expect(customer).not.toContain(words);
  });

  it('DOCX: both pictures (SVG with PNG fallback) in the internal edition, the org chart only for the customer; LibreOffice opens both', async () => {
    for (const edition of ['internal', 'customer'] as const) {
      const { result, path } = await exported('docx', edition);
      const xml = (await (await JSZip.loadAsync(Buffer.from(result.base64, 'base64'))).file('word/document.xml')?.async('string')) ?? '';
      expect(xml).toContain('descr="Org chart"');
      if (edition === 'internal') expect(xml).toContain('descr="Power map"');
      else expect(xml).not.toContain('Power map');
      const text = await pdfText(await officeToPdf(path));
      expect(text).toContain('Org chart');
      if (edition === 'internal') expect(text).toContain('Power map');
      else expect(text).not.toContain('Power map');
    }
  });

  it('PPTX: the org chart and the power map (internal) as native, editable shapes; only the org chart for the customer', async () => {
    for (const edition of ['internal', 'customer'] as const) {
      const { result, path } = await exported('pptx', edition);
      const zip = await JSZip.loadAsync(Buffer.from(result.base64, 'base64'));
      const slides = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')));
      // The picture slide: its title, the people as text in shapes, lines, and no image.
      const pictureSlides = (title: string) =>
        slides.filter((xml) => xml.includes(`<a:t>${title}</a:t>`) && xml.includes('<a:t>Sam Ortiz</a:t>') && xml.includes('prst="line"'));
      const [orgChart] = pictureSlides('Org chart');
      expect(orgChart).toBeDefined();
      expect(orgChart).not.toContain('<p:pic>');
      expect(orgChart!.match(/<p:sp>/g)!.length).toBeGreaterThan(30);
      if (edition === 'internal') {
        expect(orgChart).toContain('<a:t>Covered by Maya Chen (problem</a:t>');
        const [power] = slides.filter((xml) => xml.includes('<a:t>Power map</a:t>') && xml.includes('<a:t>Sam Ortiz</a:t>'));
        expect(power).toBeDefined();
        expect(power).not.toContain('<p:pic>');
        expect(power).toContain('<a:t>−2 Enemy</a:t>');
      } else {
        expect(orgChart).toContain('<a:t>Lines show who reports to whom.</a:t>');
        expect(slides.some((xml) => xml.includes('Power map'))).toBe(false);
        expect(orgChart).not.toContain('Covered by');
      }
      const text = await pdfText(await officeToPdf(path));
      expect(text).toContain('Org chart');
      expect(text).toContain(edition === 'internal' ? 'Solid lines: reports to.' : ORG_CHART_CUSTOMER);
      if (edition === 'customer') expect(text).not.toContain('Power map');
    }
  });
});
