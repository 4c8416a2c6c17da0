import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import { listLines } from '../../../shared/document/blockKit.ts';
import type { Block, BlockOf, Fact, ListItem, MapPicture, Run } from '../../../shared/document/blockTypes.ts';
import { fitInside } from './mapPng.ts';

/** Colours shared with the HTML stylesheet. */
export const DOCX_COLORS = { accent: '1F3A5F', muted: '6B7280', line: 'D1D5DB', band: 'F3F4F6', warn: 'B45309', warnFill: 'FEF3C7', noteFill: 'EEF2F7' } as const;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const CELL_MARGINS = { top: 50, bottom: 50, left: 90, right: 90 };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: DOCX_COLORS.line };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Text runs of block runs; newlines become line breaks. */
export function textRuns(runs: readonly Run[], extra: { color?: string; size?: number; bold?: boolean } = {}): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split(/\r?\n/).map(
      (line, at) =>
        new TextRun({ text: line, bold: run.strong || extra.bold, italics: run.emphasis, color: extra.color, size: extra.size, break: at > 0 ? 1 : undefined }),
    ),
  );
}

/** How a block holds together across pages in Word (shared/document/keep.ts decides). */
export interface DocxKeep {
  /** Keep the block's last line on the page of the next block. */
  next: boolean;
  /** Keep the block's lines on one page. */
  whole: boolean;
}

/** No keep rule: the block may break anywhere. */
export const FREE: DocxKeep = { next: false, whole: false };

/** Whether line `at` of `count` keeps with the line after it. */
function keepsNext(keep: DocxKeep, at: number, count: number): boolean {
  return at < count - 1 ? keep.whole : keep.next;
}

function bullets(items: readonly ListItem[], keep: DocxKeep = FREE): Paragraph[] {
  const lines = listLines(items);
  return lines.map(
    (line, at) => new Paragraph({ children: textRuns(line.runs), bullet: { level: line.level }, spacing: { after: 40 }, keepNext: keepsNext(keep, at, lines.length) }),
  );
}

function cell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
  });
}

// Borders and cell margins are set once per table rather than on every cell: the same look, but a 500-item plan's
// thousands of cells no longer each carry eight border and margin elements that Word files and packing pay for.
const RULED = { top: THIN, bottom: THIN, left: NONE, right: NONE, insideHorizontal: THIN, insideVertical: NONE };
const UNRULED = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function table(block: BlockOf<'table'>, contentWidth: number, keep: DocxKeep): Table {
  const total = block.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = block.columns.map((column) => Math.floor((column.weight / total) * contentWidth));
  const align = (at: number) => (block.columns[at]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, at) =>
      cell([new Paragraph({ alignment: align(at), keepNext: true, children: [new TextRun({ text: column.header, bold: true, color: 'FFFFFF', size: 18 })] })], widths[at] ?? 0, DOCX_COLORS.accent),
    ),
  });
  const firstTotal = block.rows.length - (block.totalRows ?? 0);
  const rows = block.rows.map(
    (row, index) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((_, at) =>
          cell(
            [new Paragraph({ alignment: align(at), keepNext: keepsNext(keep, index, block.rows.length), children: textRuns(row[at] ?? [], { size: 18 }) })],
            widths[at] ?? 0,
            index >= firstTotal ? DOCX_COLORS.band : undefined,
          ),
        ),
      }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: RULED,
    margins: CELL_MARGINS,
  });
}

function facts(items: readonly Fact[], contentWidth: number, keep: DocxKeep): Table {
  const labelWidth = Math.round(contentWidth * 0.28);
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, contentWidth - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: UNRULED,
    margins: CELL_MARGINS,
    rows: items.map(
      (item, at) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new Paragraph({ keepNext: keepsNext(keep, at, items.length), children: [new TextRun({ text: item.label, color: DOCX_COLORS.muted })] })], labelWidth),
            cell([new Paragraph({ keepNext: keepsNext(keep, at, items.length), children: textRuns(item.value) })], contentWidth - labelWidth),
          ],
        }),
    ),
  });
}

function grid(block: BlockOf<'grid'>, contentWidth: number): Table {
  const half = Math.floor(contentWidth / 2);
  const rows: TableRow[] = [];
  for (let at = 0; at < block.cells.length; at += 2) {
    rows.push(
      new TableRow({
        children: block.cells.slice(at, at + 2).map((quadrant) =>
          cell([new Paragraph({ heading: undefined, children: [new TextRun({ text: quadrant.title, bold: true, color: DOCX_COLORS.accent, size: 22 })] }), ...bullets(quadrant.items)], half),
        ),
      }),
    );
  }
  return new Table({ rows, width: { size: half * 2, type: WidthType.DXA }, columnWidths: [half, half], layout: TableLayoutType.FIXED, borders: RULED, margins: CELL_MARGINS });
}

/** Page content size the blocks are laid out in. */
export interface DocxPage {
  /** Content width in twentieths of a point. */
  contentWidth: number;
  /** Content height in twentieths of a point. */
  contentHeight: number;
}

/**
 * Word elements of one block; `breakBefore` starts the first paragraph on a new page; `pngs` holds the maps' PNG
 * fallbacks; `keep` says what the block keeps with (keep-with-next and keep-lines-together).
 */
export function docxBlock(block: Block, page: DocxPage, breakBefore: boolean, pngs: ReadonlyMap<MapPicture, Uint8Array>, keep: DocxKeep = FREE): FileChild[] {
  // The empty paragraph after a table holds its spacing: it keeps with the next block when the table does.
  const spacer = () => new Paragraph({ spacing: { after: 60 }, keepNext: keep.next, children: [] });
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], pageBreakBefore: breakBefore, keepNext: true, keepLines: true, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ pageBreakBefore: breakBefore, keepNext: keep.next, keepLines: keep.whole, children: textRuns(block.runs) })];
    case 'list':
      return bullets(block.items, keep);
    case 'table':
      return [table(block, page.contentWidth, keep), spacer()];
    case 'facts':
      return [facts(block.facts, page.contentWidth, keep), spacer()];
    case 'grid':
      return [grid(block, page.contentWidth), spacer()];
    case 'callout': {
      const tone = block.tone === 'warning' ? { border: DOCX_COLORS.warn, fill: DOCX_COLORS.warnFill } : { border: DOCX_COLORS.accent, fill: DOCX_COLORS.noteFill };
      return [
        new Paragraph({
          children: textRuns(block.runs),
          keepNext: keep.next,
          keepLines: true,
          shading: { type: ShadingType.CLEAR, fill: tone.fill, color: 'auto' },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: tone.border, space: 6 } },
          spacing: { before: 60, after: 160 },
          indent: { left: 120, right: 120 },
        }),
      ];
    }
    case 'map':
      return mapParagraphs(block, page, pngs);
    case 'toc':
      return [
        new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: block.title, bold: true, size: 36, color: DOCX_COLORS.accent })], spacing: { after: 200 } }),
        new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' }),
      ];
    case 'title':
    case 'pageBreak':
      return [];
  }
}

/** Size a map picture is shown at on the page, in CSS pixels. */
export function docxMapSize(picture: MapPicture, page: DocxPage): { width: number; height: number } {
  // 1 pixel = 15 twips at 96 dpi; leave room for a heading and a two-line legend above the picture and the caption
  // under it (about 40 mm, as in the PDF), which keep with it on its page.
  const maxWidth = page.contentWidth / 15;
  const maxHeight = page.contentHeight / 15 - 150;
  // Never enlarge a small branch beyond its natural size: boxes would print oversized.
  return fitInside(picture, Math.min(maxWidth, picture.width), maxHeight);
}

function mapParagraphs(block: BlockOf<'map'>, page: DocxPage, pngs: ReadonlyMap<MapPicture, Uint8Array>): Paragraph[] {
  // The legend stays with the first picture, and each picture with its caption.
  const out: Paragraph[] = [new Paragraph({ keepNext: true, keepLines: true, children: [new TextRun({ text: block.legend, italics: true, color: DOCX_COLORS.muted })] })];
  block.pictures.forEach((picture, at) => {
    const png = pngs.get(picture);
    if (!png) throw new Error(`No PNG fallback was made for the map picture "${picture.title}".`);
    out.push(
      new Paragraph({
        pageBreakBefore: at > 0,
        keepNext: true,
        children: [
          new ImageRun({
            type: 'svg',
            data: new TextEncoder().encode(picture.svg),
            fallback: { type: 'png', data: png },
            transformation: docxMapSize(picture, page),
            altText: { name: picture.title, title: picture.title, description: picture.title },
          }),
        ],
      }),
      new Paragraph({ children: [new TextRun({ text: picture.title, italics: true, color: DOCX_COLORS.muted, size: 18 })] }),
    );
  });
  return out;
}
