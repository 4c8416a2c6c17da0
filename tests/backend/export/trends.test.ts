import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { closeSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import type { PlanDocument, PlanNode, Snapshot } from '../../../shared/model.ts';
import { TODAY, sampleDocument } from '../../shared/document/fixtures.ts';
import { openLibrary } from '../../../electron/backend/library.ts';
import { createPlanService } from '../../../electron/backend/service.ts';
import { tempFolder } from '../tempLibrary.ts';
import { keep, officeToPdf, pdfText } from './readers.ts';

const run = promisify(execFile);
const HUBS = 'EMEA pilot hubs live';

/** The sample plan with three reviews, the hubs milestone at 1, 2 and 3 of 3 in them. */
function reviewedSample(): { document: PlanDocument; reviews: Snapshot[] } {
  const document = sampleDocument();
  const reviews = (['2027-01-10', '2027-02-10', '2027-03-10'] as const).map((date, at): Snapshot => {
    const nodes = document.nodes.map((node) => (node.label === HUBS && node.kind === 'milestone' ? ({ ...node, data: { ...node.data, actual: at + 1 } } as PlanNode) : node));
    return { id: `review${at}`, planId: document.plan.id, label: `Q${at + 1} review`, takenAt: `${date}T10:00:00.000Z`, nodeCount: nodes.length, content: { plan: document.plan, nodes, edges: document.edges } };
  });
  return { document, reviews };
}

async function exported(format: 'pdf' | 'docx' | 'pptx' | 'md', edition: 'internal' | 'customer' = 'internal') {
  const { document, reviews } = reviewedSample();
  return exportDocument(document, { planId: 'p', format, edition, paper: 'a4', includeMap: false }, { today: TODAY, reviews });
}

/** True when the page, drawn by pdftoppm, shows the chart's first line colour (#2563eb). */
async function hasChartColour(pdf: string, page: number): Promise<boolean> {
  const { stdout } = await run('pdftoppm', ['-r', '40', '-f', String(page), '-l', String(page), '-singlefile', pdf], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  const bytes = stdout as unknown as Buffer;
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) return false;
  const start = header[0].length;
  // The first line colour (#2563eb): blue clearly above red and green.
  for (let at = start; at + 2 < bytes.length; at += 3) {
    const [r, g, b] = [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!];
    if (b > 200 && r < 80 && g > 70 && g < 130) return true;
  }
  return false;
}

async function pageWith(pdf: string, words: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
  for (let page = 1; page <= pages; page += 1) {
    const { stdout: text } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']);
    if (text.replace(/\s+/g, ' ').includes(words)) return page;
  }
  return 0;
}

describe('trends across reviews in the documents', () => {
  afterAll(closeSharedChromium);

  it('prints the milestones and health score charts with their figures in the PDF', async () => {
    const path = keep(await exported('pdf'), 'trends-internal.pdf');
    const text = await pdfText(path);
    expect(text).toContain('Trends across reviews');
    expect(text).toContain('Across 3 reviews and now.');
    // Now the sample's own actual (0 of 3) follows the three reviews.
    expect(text).toMatch(/EMEA pilot hubs live\s+1 of 3 \(33%\)\s+2 of 3 \(67%\)\s+3 of 3 \(100%\)\s+0 of 3 \(0%\)/);
    expect(text).toContain('Milestones: actual as a share of target, review by review');
    expect(text).toContain('Plan health score, review by review');
    const page = await pageWith(path, 'Milestones: actual as a share of target');
    expect(page).toBeGreaterThan(0);
    expect(await hasChartColour(path, page)).toBe(true);
  });

  it('leaves the health score out of the customer edition, and the trends out before the first review', async () => {
    const customer = Buffer.from((await exported('md', 'customer')).base64, 'base64').toString('utf8');
    expect(customer).toContain('Trends across reviews');
    expect(customer).not.toContain('Health score');
    const { document } = reviewedSample();
    const none = await exportDocument(document, { planId: 'p', format: 'md', edition: 'internal', paper: 'a4', includeMap: false }, { today: TODAY });
    expect(Buffer.from(none.base64, 'base64').toString('utf8')).not.toContain('Trends across reviews');
  });

  it('puts the charts in Word (SVG with a PNG fallback) and PowerPoint (its own line chart), as LibreOffice reads them', async () => {
    const docx = await exported('docx');
    const zip = await JSZip.loadAsync(Buffer.from(docx.base64, 'base64'));
    const svgs = await Promise.all(Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.svg')).map((name) => zip.file(name)!.async('string')));
    expect(svgs.filter((svg) => svg.includes('Milestones: actual as a share of target')).length).toBe(1);
    const docxPdf = await officeToPdf(keep(docx, 'trends-internal.docx'));
    const docxText = await pdfText(docxPdf);
    expect(docxText).toContain('Trends across reviews');
    expect(docxText).toMatch(/1 of 3 \(33%\)/);
    // The picture sits on the page that says "Across 3 reviews" or, pushed by its size, the next one.
    const trendsPage = await pageWith(docxPdf, 'Across 3 reviews and now.');
    expect(trendsPage).toBeGreaterThan(0);
    expect((await hasChartColour(docxPdf, trendsPage)) || (await hasChartColour(docxPdf, trendsPage + 1))).toBe(true);

    const pptx = await exported('pptx');
    const deck = await JSZip.loadAsync(Buffer.from(pptx.base64, 'base64'));
    const charts = await Promise.all(Object.keys(deck.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).map((name) => deck.file(name)!.async('string')));
    expect(charts).toHaveLength(2);
    expect(charts.find((xml) => xml.includes('EMEA pilot hubs live'))).toMatch(/<c:lineChart>/);
    const pptxPdf = await officeToPdf(keep(pptx, 'trends-internal.pptx'));
    const page = await pageWith(pptxPdf, 'Milestones: actual as a share of target');
    expect(page).toBeGreaterThan(0);
    expect(await hasChartColour(pptxPdf, page)).toBe(true);
    expect(await pdfText(pptxPdf)).toContain('Q3 review');
  });

  it('takes the trends from the plan’s stored reviews when the service exports', async () => {
    const temp = tempFolder();
    const library = openLibrary(temp.path('atlas.db'));
    try {
      // A clock a minute further on each time it is read: reviews are told apart by when they were taken.
      let minutes = 0;
      const service = createPlanService(library, { now: () => new Date(Date.parse(`${TODAY}T09:00:00.000Z`) + 60_000 * minutes++) });
      const { planId } = await service.createSamplePlan({});
      const hubs = (await service.loadPlan({ planId })).nodes.find((node) => node.kind === 'milestone' && node.label === HUBS)!;
      for (const actual of [1, 2, 3]) {
        await service.applyPatch({ planId, updateNodes: [{ id: hubs.id, data: { actual } }] });
        await service.takeSnapshot({ planId, label: `Q${actual} review` });
      }
      const exported = await service.exportDocument({ planId, format: 'md', edition: 'internal' });
      const text = Buffer.from(exported.base64, 'base64').toString('utf8');
      expect(text).toContain('Trends across reviews');
      expect(text).toMatch(/EMEA pilot hubs live\*\* \| 1 of 3 \(33%\) \| 2 of 3 \(67%\) \| 3 of 3 \(100%\) \| 3 of 3 \(100%\) \|/);
    } finally {
      library.close();
      temp.cleanup();
    }
  });
});
