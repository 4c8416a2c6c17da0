import * as pptxgen from 'pptxgenjs';
import type PptxNs from 'pptxgenjs';
import type { Block, BlockOf, ChartData, MapPicture } from '../../../shared/document/blockTypes.ts';
import { SLIDE_MIN_TEXT_PT, scaleForText } from '../../../shared/document/mapPictures.ts';
import type { MapPage } from '../../../shared/document/mapPictures.ts';
import { fitInside, mapPicturesOf, mapStandIns, rasteriseMaps } from './mapPng.ts';
import { addDiagram } from './pptxDiagram.ts';
import { repairPptx } from './pptxRepair.ts';
import type { BulletLine } from './pptxFlow.ts';
import { PPTX_BODY_FONT, PPTX_COLORS, PPTX_FONT, SLIDE, bulletLines, lineCount, linesHeight, pptxRuns, tableOptions, tableRows } from './pptxFlow.ts';

/** What the deck needs beyond its blocks. */
export interface PptxOptions {
  title: string;
  accountName: string;
  planTitle: string;
  /** Words naming the edition, e.g. "Customer edition". */
  edition: string;
}

const MASTER = 'ATLAS_PLAN';

type Deck = PptxNs.default;
// pptxgenjs types its ES module like CommonJS: TypeScript sees the class one level deeper than Node loads it.
const DeckClass = ((pptxgen.default as unknown as { default?: unknown }).default ?? pptxgen.default) as unknown as new () => Deck;

/** Places blocks on slides top to bottom, starting a continuation slide when the space runs out. */
class SlideFlow {
  private slide: PptxNs.default.Slide | null = null;
  private y: number = SLIDE.contentTop;
  private title = '';
  private subtitle = '';
  private readonly deck: Deck;
  constructor(deck: Deck) {
    this.deck = deck;
  }

  start(title: string, subtitle: string): void {
    this.title = title;
    this.subtitle = subtitle;
    this.open(title, subtitle);
  }

  private open(title: string, subtitle: string): void {
    const slide = this.deck.addSlide({ masterName: MASTER });
    slide.addText(title, { x: SLIDE.left, y: 0.35, w: SLIDE.contentWidth, h: 0.6, fontFace: PPTX_FONT, fontSize: 26, bold: true, color: PPTX_COLORS.accent, margin: 0 });
    if (subtitle) slide.addText(subtitle, { x: SLIDE.left, y: 0.95, w: SLIDE.contentWidth, h: 0.35, fontFace: PPTX_FONT, fontSize: 13, italic: true, color: PPTX_COLORS.muted, margin: 0 });
    this.slide = slide;
    this.y = SLIDE.contentTop;
  }

  /** Slides were added outside the flow (a picture): what follows goes on a new slide after them. */
  interrupt(): void {
    this.slide = null;
  }

  /** The current slide, continued on a new one when less than `height` inches are left. */
  room(height: number): PptxNs.default.Slide {
    if (!this.slide || (this.y + height > SLIDE.contentBottom && this.y > SLIDE.contentTop)) this.open(`${this.title} (continued)`, this.subtitle);
    return this.slide as PptxNs.default.Slide;
  }

  get left(): number {
    return SLIDE.contentBottom - this.y;
  }

  get top(): number {
    return this.y;
  }

  advance(height: number): void {
    this.y += height;
  }

  heading(block: BlockOf<'heading'>): void {
    const size = block.level === 2 ? 17 : 14;
    const height = linesHeight(1, size) + 0.12;
    const slide = this.room(height + 0.9);
    slide.addText(block.text, { x: SLIDE.left, y: this.y, w: SLIDE.contentWidth, h: height, fontFace: PPTX_FONT, fontSize: size, bold: true, color: PPTX_COLORS.accent, margin: 0, valign: 'bottom' });
    this.advance(height + 0.05);
  }

  text(runs: PptxNs.default.TextProps[], plain: string, options: { fill?: string; border?: string; lead?: boolean } = {}): void {
    const width = SLIDE.contentWidth - (options.fill ? 0.3 : 0);
    const height = linesHeight(lineCount(plain, width, PPTX_BODY_FONT), PPTX_BODY_FONT) + (options.fill ? 0.2 : 0.06);
    // A lead paragraph (all bold) introduces what follows: move it on when what follows would not fit.
    const slide = this.room(height + (options.lead ? 0.8 : 0));
    slide.addText(runs, {
      x: SLIDE.left,
      y: this.y,
      w: SLIDE.contentWidth,
      h: height,
      fontFace: PPTX_FONT,
      fontSize: PPTX_BODY_FONT,
      color: PPTX_COLORS.ink,
      valign: 'top',
      margin: options.fill ? [4, 8, 4, 10] : 0,
      fill: options.fill ? { color: options.fill } : undefined,
      line: options.border ? { color: options.border, width: 1 } : undefined,
    });
    this.advance(height + 0.1);
  }

  bullets(lines: BulletLine[]): void {
    let at = 0;
    while (at < lines.length) {
      this.room(lines[at]?.height ?? 0.3);
      let height = 0;
      const chunk: BulletLine[] = [];
      while (at < lines.length && (chunk.length === 0 || this.y + height + (lines[at]?.height ?? 0) <= SLIDE.contentBottom)) {
        const line = lines[at] as BulletLine;
        chunk.push(line);
        height += line.height;
        at += 1;
      }
      this.room(height).addText(chunk.flatMap((line) => line.runs), { x: SLIDE.left, y: this.y, w: SLIDE.contentWidth, h: height + 0.05, fontFace: PPTX_FONT, fontSize: PPTX_BODY_FONT, color: PPTX_COLORS.ink, valign: 'top', margin: 0 });
      this.advance(height + 0.12);
    }
  }

  /** A native table split across slides, repeating the header row on each. */
  table(block: BlockOf<'table'>): void {
    const { colW, header, rows, headerHeight } = tableRows(block);
    let at = 0;
    while (at < rows.length) {
      this.room(headerHeight + (rows[at]?.height ?? 0.3));
      const chunk: PptxNs.default.TableRow[] = [header];
      let height = headerHeight;
      while (at < rows.length && (chunk.length === 1 || this.y + height + (rows[at]?.height ?? 0) <= SLIDE.contentBottom)) {
        const row = rows[at];
        if (!row) break;
        chunk.push(row.cells);
        height += row.height;
        at += 1;
      }
      this.room(height).addTable(chunk, tableOptions(SLIDE.left, this.y, colW));
      this.advance(height + 0.2);
    }
  }
}

function titleSlide(deck: Deck, block: BlockOf<'title'>): void {
  const slide = deck.addSlide();
  // A filled text box rather than a bare shape: pptxgenjs writes shapes without text that PowerPoint repairs.
  slide.addText(' ', { x: 0, y: 0, w: 0.35, h: SLIDE.height, fill: { color: PPTX_COLORS.accent }, margin: 0 });
  slide.addText('STRATEGIC ACCOUNT PLAN', { x: 1, y: 1.5, w: 11, h: 0.4, fontFace: PPTX_FONT, fontSize: 13, color: PPTX_COLORS.muted, charSpacing: 2, margin: 0 });
  slide.addText(block.title, { x: 1, y: 1.95, w: 11.3, h: 1.3, fontFace: PPTX_FONT, fontSize: 38, bold: true, color: PPTX_COLORS.accent, valign: 'top', margin: 0 });
  slide.addText(block.subtitle, { x: 1, y: 3.3, w: 11, h: 0.5, fontFace: PPTX_FONT, fontSize: 20, color: PPTX_COLORS.ink, margin: 0 });
  const internal = block.edition.startsWith('Internal');
  slide.addText(block.edition, { x: 1, y: 4.05, w: internal ? 5.2 : 2.6, h: 0.45, fontFace: PPTX_FONT, fontSize: 14, bold: true, color: 'FFFFFF', fill: { color: internal ? PPTX_COLORS.warn : PPTX_COLORS.accent }, align: 'center', margin: 2 });
  slide.addText(
    block.facts.flatMap((fact) => {
      const runs: PptxNs.default.TextProps[] = [{ text: `${fact.label}: `, options: { color: PPTX_COLORS.muted } }, ...pptxRuns(fact.value)];
      const last = runs[runs.length - 1];
      if (last) last.options = { ...last.options, breakLine: true };
      return runs;
    }),
    { x: 1, y: 4.8, w: 11, h: 1.8, fontFace: PPTX_FONT, fontSize: 14, color: PPTX_COLORS.ink, valign: 'top', margin: 0 },
  );
}

/**
 * Pictures with at most this many shapes are drawn natively; a larger org chart or power map (hundreds of people,
 * too small to read or edit on one slide anyway) is placed as a picture, which keeps the file small.
 */
const MAX_NATIVE_SHAPES = 2000;

/** True when a picture is drawn as native, editable shapes. */
function drawnNatively(picture: MapPicture): picture is MapPicture & { shapes: NonNullable<MapPicture['shapes']> } {
  return picture.shapes !== undefined && picture.shapes.length <= MAX_NATIVE_SHAPES;
}

/** Where map pictures go on a slide, in inches: below the title, the whole content width. */
const MAP_BOX = { top: 1.1, width: SLIDE.contentWidth, height: SLIDE.contentBottom - 1.15 } as const;
/**
 * The area a map picture is shown in on a slide, in CSS pixels: the map is cut by branch into pictures that fit it
 * with every text at SLIDE_MIN_TEXT_PT or more, each laid out afresh to fill it (children in columns, not at their
 * map positions); a small branch is enlarged a little for the screen, not blown up.
 */
export const SLIDE_MAP_PAGE: MapPage = {
  width: Math.floor(MAP_BOX.width * 96),
  height: Math.floor(MAP_BOX.height * 96),
  minScale: scaleForText(SLIDE_MIN_TEXT_PT),
  maxScale: 1.4,
  tidy: true,
};
// The PNG is what the slide shows (PowerPoint and LibreOffice alike), enlarged by the projector: a slide is 1,280
// CSS pixels wide, so 1.5 times the displayed size is one PNG pixel per screen pixel on a full-HD (1,920 px)
// projector or screen. Twice the size would be sharper only on larger screens, at about 1.8 times the pixels to
// draw, encode and store. The slide bounds the size: the widest picture is under 1,800 px.
const SLIDE_PNG_SCALE = 1.5;

/** Size a map picture is shown at on its slide, in CSS pixels (96 per inch). */
function slideMapSize(picture: MapPicture): { width: number; height: number } {
  return fitInside(picture, Math.min(SLIDE_MAP_PAGE.width, picture.width * (SLIDE_MAP_PAGE.maxScale ?? 1)), SLIDE_MAP_PAGE.height);
}

/** A line chart as PowerPoint's own chart (its data editable in PowerPoint), filling the picture area. */
function addLineChart(deck: Deck, slide: ReturnType<Deck['addSlide']>, chart: ChartData, title: string): void {
  slide.addChart(
    deck.ChartType.line,
    chart.lines.map((line) => ({ name: line.name, labels: chart.categories, values: line.values })),
    {
      x: SLIDE.left,
      y: MAP_BOX.top,
      w: MAP_BOX.width,
      h: MAP_BOX.height,
      chartColors: chart.lines.map((line) => line.color.replace('#', '')),
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 7,
      displayBlanksAs: 'gap',
      showLegend: true,
      legendPos: 'b',
      legendFontFace: PPTX_FONT,
      legendFontSize: 11,
      catAxisLabelFontFace: PPTX_FONT,
      catAxisLabelFontSize: 11,
      valAxisLabelFontFace: PPTX_FONT,
      valAxisLabelFontSize: 11,
      valAxisMinVal: chart.min,
      valAxisMaxVal: chart.max,
      valAxisLabelFormatCode: chart.unit === '%' ? '0"%"' : 'General',
      altText: title,
    },
  );
}

function mapSlides(deck: Deck, block: BlockOf<'map'>, standIns: ReadonlyMap<MapPicture, Uint8Array>): void {
  for (const picture of block.pictures) {
    const slide = deck.addSlide({ masterName: MASTER });
    slide.addText(picture.title, { x: SLIDE.left, y: 0.35, w: SLIDE.contentWidth, h: 0.6, fontFace: PPTX_FONT, fontSize: 24, bold: true, color: PPTX_COLORS.accent, margin: 0 });
    const size = slideMapSize(picture);
    if (picture.chart) {
      addLineChart(deck, slide, picture.chart, picture.title);
      continue;
    }
    if (drawnNatively(picture)) {
      const w = size.width / 96;
      const h = size.height / 96;
      addDiagram(slide, deck.ShapeType, picture.shapes, {
        x: SLIDE.left + (MAP_BOX.width - w) / 2,
        y: MAP_BOX.top + (MAP_BOX.height - h) / 2,
        inchesPerPixel: w / picture.width,
      });
      continue;
    }
    const standIn = standIns.get(picture);
    if (!standIn) throw new Error(`No stand-in was made for the map picture "${picture.title}".`);
    const w = size.width / 96;
    const h = size.height / 96;
    slide.addImage({
      data: `data:image/png;base64,${Buffer.from(standIn).toString('base64')}`,
      x: SLIDE.left + (MAP_BOX.width - w) / 2,
      y: MAP_BOX.top + (MAP_BOX.height - h) / 2,
      w,
      h,
      altText: picture.title,
    });
  }
}

/** A PowerPoint deck: title slide, contents, slides per section with editable text and native tables, the map. */
export async function renderPptx(blocks: readonly Block[], options: PptxOptions): Promise<Uint8Array> {
  // Pictures drawn as native shapes (org chart, power map of a usual size) need no PNG.
  const pictures = mapPicturesOf(blocks).filter((picture) => !drawnNatively(picture) && !picture.chart);
  // The map pictures are drawn on the threadpool while the deck is built with stand-ins, swapped in at the end.
  const rendering = rasteriseMaps(pictures, (picture) => slideMapSize(picture).width * SLIDE_PNG_SCALE);
  const standIns = mapStandIns(pictures);
  const deck = new DeckClass();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = options.title;
  deck.author = 'Account Atlas';
  deck.defineSlideMaster({
    title: MASTER,
    objects: [
      { text: { text: ' ', options: { x: 0, y: 0, w: SLIDE.width, h: 0.12, fill: { color: PPTX_COLORS.accent }, margin: 0, fontSize: 1 } } },
      { text: { text: `${options.accountName} · ${options.planTitle} · ${options.edition}`, options: { x: SLIDE.left, y: 7.05, w: 10, h: 0.3, fontFace: PPTX_FONT, fontSize: 9, color: PPTX_COLORS.muted, margin: 0 } } },
    ],
    slideNumber: { x: 12.3, y: 7.05, w: 0.6, h: 0.3, fontFace: PPTX_FONT, fontSize: 9, color: PPTX_COLORS.muted, align: 'right' },
  });
  const flow = new SlideFlow(deck);
  let pendingQuestion = false;
  for (const [at, block] of blocks.entries()) {
    switch (block.type) {
      case 'title':
        titleSlide(deck, block);
        break;
      case 'toc': {
        flow.start(block.title, '');
        const sections = blocks.filter((other): other is BlockOf<'heading'> => other.type === 'heading' && other.level === 1);
        flow.bullets(bulletLines(sections.map((section) => ({ runs: [{ text: section.text }] })), SLIDE.contentWidth, 18).map((line) => ({ ...line, height: line.height + 0.12 })));
        break;
      }
      case 'heading':
        if (block.level === 1) {
          const next = blocks[at + 1];
          const question = next?.type === 'paragraph' && next.runs.every((run) => run.emphasis) ? next.runs.map((run) => run.text).join('') : '';
          pendingQuestion = question !== '';
          if (blocks.slice(at + 1).find((other) => other.type === 'map' || other.type === 'heading')?.type !== 'map') flow.start(block.text, question);
        } else if (blocks[at + 1]?.type !== 'map') {
          // A picture slide carries its own title: its heading would stand alone on the slide before it.
          flow.heading(block);
        }
        break;
      case 'paragraph':
        if (pendingQuestion) pendingQuestion = false;
        else flow.text(pptxRuns(block.runs), block.runs.map((run) => run.text).join(''), { lead: block.runs.every((run) => run.strong) });
        break;
      case 'list':
        flow.bullets(bulletLines(block.items, SLIDE.contentWidth));
        break;
      case 'facts':
        flow.table({
          type: 'table',
          columns: [{ header: 'Fact', align: 'left', weight: 1 }, { header: 'Detail', align: 'left', weight: 3 }],
          rows: block.facts.map((fact) => [[{ text: fact.label, strong: true }], fact.value]),
        });
        break;
      case 'table':
        flow.table(block);
        break;
      case 'grid': {
        const entries = (cell: (typeof block.cells)[number]) => cell.items.map((item) => `• ${item.runs.map((run) => run.text).join('')}`).join('\n');
        flow.table({
          type: 'table',
          columns: block.cells.slice(0, 2).map((cell) => ({ header: cell.title, align: 'left' as const, weight: 1 })),
          rows: [
            block.cells.slice(0, 2).map((cell) => [{ text: entries(cell) }]),
            block.cells.slice(2, 4).map((cell) => [{ text: `${cell.title}\n`, strong: true }, { text: entries(cell) }]),
          ],
        });
        break;
      }
      case 'callout':
        flow.text(pptxRuns(block.runs), block.runs.map((run) => run.text).join(''), block.tone === 'warning' ? { fill: PPTX_COLORS.warnFill, border: PPTX_COLORS.warn } : { fill: PPTX_COLORS.noteFill, border: PPTX_COLORS.accent });
        break;
      case 'map':
        mapSlides(deck, block, standIns);
        flow.interrupt();
        break;
      case 'pageBreak':
        break;
    }
  }
  const data = (await deck.write({ outputType: 'uint8array' })) as Uint8Array;
  return repairPptx(data, rendering, { company: options.accountName });
}
