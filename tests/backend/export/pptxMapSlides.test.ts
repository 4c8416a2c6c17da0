import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { SLIDE_MIN_TEXT_PT } from '../../../shared/document/mapPictures.ts';
import type { PlanDocument } from '../../../shared/model.ts';
import { BENCH_TODAY, generatePlan } from '../../bench/generatePlan.ts';
import { TODAY, sampleDocument } from '../../shared/document/fixtures.ts';
import { keep, officeToPdf, pagePictures, pdfPages } from './readers.ts';

interface MapSlide {
  title: string;
  /** The share of the area below the title that the map's shapes cover (their bounding box, background aside). */
  fill: number;
  /** Sizes of the slide's text runs, in hundredths of a point (the slide number field is not a run). */
  sizes: number[];
  text: string;
}

const unescape = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/** The deck's slides in order, and its account map slides read from their XML. */
async function deck(document: PlanDocument, today: string): Promise<{ base64: string; slides: number; maps: MapSlide[] }> {
  const exported = await exportDocument(document, { planId: 'p', format: 'pptx', edition: 'internal', paper: 'a4', includeMap: true }, { today });
  const zip = await JSZip.loadAsync(Buffer.from(exported.base64, 'base64'));
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  const maps: MapSlide[] = [];
  for (const name of names) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    const texts = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => unescape(match[1] ?? ''));
    if (!texts[0]?.startsWith('Account map')) continue;
    const sizes = [...xml.matchAll(/<a:r><a:rPr[^>]*?\ssz="(\d+)"/g)].map((match) => Number(match[1]));
    maps.push({ title: texts[0], fill: mapFill(xml), sizes, text: texts.join(' ').replace(/\s+/g, ' ') });
  }
  return { base64: exported.base64, slides: names.length, maps };
}

const EMU = 914_400;
/** The area below a slide's title where the map goes, in inches (the deck's wide layout, its margins aside). */
const CONTENT_AREA = 12.23 * 5.8;

/** How much of the area below the title a map slide's shapes take: the bounding box of their a:off and a:ext. */
function mapFill(xml: string): number {
  const boxes = [...xml.matchAll(/<p:sp>[\s\S]*?<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)].map((match) =>
    match.slice(1, 5).map((value) => Number(value) / EMU),
  );
  // The first shape is the title and the second the picture's white background, which shows nothing.
  const shown = boxes.slice(2);
  if (shown.length === 0) return 0;
  const left = Math.min(...shown.map(([x]) => x!));
  const top = Math.min(...shown.map(([, y]) => y!));
  const right = Math.max(...shown.map(([x, , w]) => x! + w!));
  const bottom = Math.max(...shown.map(([, y, , h]) => y! + h!));
  return ((right - left) * (bottom - top)) / CONTENT_AREA;
}

/** Every map slide's shapes take at least about a third of the room below its title; a branch's last part may take less. */
function expectFullMapSlides(maps: readonly MapSlide[]): void {
  for (const slide of maps) {
    const part = /\(part (\d+) of (\d+)\)$/.exec(slide.title);
    if (part && part[1] === part[2]) continue;
    expect(slide.fill, slide.title).toBeGreaterThanOrEqual(0.35);
  }
}

function expectLegibleMapSlides(maps: readonly MapSlide[], document: PlanDocument): void {
  for (const slide of maps) {
    expect(slide.sizes.length, slide.title).toBeGreaterThan(3);
    expect(Math.min(...slide.sizes), slide.title).toBeGreaterThanOrEqual(SLIDE_MIN_TEXT_PT * 100);
  }
  // Every item's box is on some slide, with its label whole or, when longer than a box's two lines, cut with "…".
  const shown = maps.map((slide) => slide.text).join(' ');
  const drawn = (label: string) => {
    if (shown.includes(label)) return true;
    for (let end = label.length - 1; end >= 12; end -= 1) if (shown.includes(`${label.slice(0, end).trimEnd()}…`)) return true;
    return false;
  };
  const missing = document.nodes.map((node) => node.label.replace(/\s+/g, ' ').trim()).filter((label) => !drawn(label));
  expect(missing).toEqual([]);
}

describe('PowerPoint map slides split by branch, every label at 10 pt or more', () => {
  it('draws the sample plan’s map on overview and branch slides that LibreOffice shows one page each', async () => {
    const document = sampleDocument();
    const { base64, slides, maps } = await deck(document, TODAY);
    expect(maps.length).toBeGreaterThan(3);
    // Full slides: one overview, about one slide per top-level branch, a few for the large goal branch.
    expect(maps.length).toBeLessThanOrEqual(12);
    expect(maps.filter((slide) => slide.title.includes('overview')).map((slide) => slide.title)).toEqual(['Account map — overview (each branch follows on its own)']);
    expect(maps.filter((slide) => slide.title.startsWith('Account map — Buying centre')).length).toBeLessThanOrEqual(2);
    expectFullMapSlides(maps);
    expectLegibleMapSlides(maps, document);
    const path = keep({ fileName: 'x.pptx', mimeType: '', base64 }, 'map-slides-sample.pptx');
    const pdf = await officeToPdf(path);
    expect(await pdfPages(pdf)).toBe(slides);
    await pagePictures(pdf, slides);
  });

  it('splits a generated 500-item plan into legible slides that are full', async () => {
    const document = generatePlan(500);
    const { maps } = await deck(document, BENCH_TODAY);
    expect(maps.length).toBeGreaterThan(30);
    expect(maps.length).toBeLessThan(100);
    expectLegibleMapSlides(maps, document);
    expectFullMapSlides(maps);
  });
});
