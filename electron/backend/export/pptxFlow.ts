import type PptxNs from 'pptxgenjs';
import type { BlockOf, ListItem, Run } from '../../../shared/document/blockTypes.ts';
import { listLines } from '../../../shared/document/blockKit.ts';
import { textWidth } from '../../../shared/document/mapText.ts';

/** Slide geometry in inches (16:9 wide layout) and the deck's colours. */
export const SLIDE = { width: 13.333, height: 7.5, left: 0.55, contentWidth: 12.23, contentTop: 1.45, contentBottom: 6.95 } as const;
/** Colours shared with the other formats (hex without #). */
export const PPTX_COLORS = { accent: '1F3A5F', ink: '1F2937', muted: '6B7280', line: 'D1D5DB', band: 'F3F4F6', warn: 'B45309', warnFill: 'FEF3C7', noteFill: 'EEF2F7' } as const;
/** The deck's font. */
export const PPTX_FONT = 'Arial';

const TABLE_FONT = 10.5;
const BODY_FONT = 13;
const CELL_MARGIN: [number, number, number, number] = [0.04, 0.08, 0.04, 0.08];

/** Lines a text takes in a box of `width` inches at `fontSize` points (estimated: no font metrics here). */
export function lineCount(text: string, width: number, fontSize: number): number {
  const usable = Math.max(0.3, width) * 72;
  return text.split(/\r?\n/).reduce((sum, line) => sum + Math.max(1, Math.ceil((textWidth(line, fontSize) * 1.05) / usable)), 0);
}

/** Height in inches of `lines` lines at `fontSize` points. */
export function linesHeight(lines: number, fontSize: number): number {
  return (lines * fontSize * 1.22) / 72;
}

/** pptxgenjs text runs of block runs (newlines become soft breaks). */
export function pptxRuns(runs: readonly Run[], base: PptxNs.default.TextPropsOptions = {}): PptxNs.default.TextProps[] {
  return runs.flatMap((run) =>
    run.text.split(/\r?\n/).map((line, at) => ({
      text: line,
      options: { ...base, bold: run.strong || base.bold, italic: run.emphasis, softBreakBefore: at > 0 },
    })),
  );
}

const runsText = (runs: readonly Run[]) => runs.map((run) => run.text).join('');

/** A table as header + row chunks that each fit the space offered, with each row's estimated height. */
export function tableRows(block: BlockOf<'table'>): { colW: number[]; header: PptxNs.default.TableRow; rows: { cells: PptxNs.default.TableRow; height: number }[]; headerHeight: number } {
  const total = block.columns.reduce((sum, column) => sum + column.weight, 0);
  const colW = block.columns.map((column) => (column.weight / total) * SLIDE.contentWidth);
  const innerWidth = (at: number) => (colW[at] ?? 1) - 0.16;
  const rowHeight = (texts: string[]) =>
    linesHeight(Math.max(1, ...texts.map((text, at) => lineCount(text, innerWidth(at), TABLE_FONT))), TABLE_FONT) + 0.1;
  const align = (at: number): PptxNs.default.HAlign => (block.columns[at]?.align === 'right' ? 'right' : 'left');
  const header = block.columns.map((column, at) => ({
    text: column.header,
    options: { bold: true, color: 'FFFFFF', fill: { color: PPTX_COLORS.accent }, align: align(at), valign: 'bottom' as const },
  }));
  const firstTotal = block.rows.length - (block.totalRows ?? 0);
  const rows = block.rows.map((row, index) => ({
    cells: block.columns.map((_, at) => ({
      text: pptxRuns(row[at] ?? []),
      options: { align: align(at), fill: { color: index >= firstTotal ? PPTX_COLORS.band : index % 2 === 1 ? 'F9FAFB' : 'FFFFFF' } },
    })),
    height: rowHeight(block.columns.map((_, at) => runsText(row[at] ?? []))),
  }));
  return { colW, header, rows, headerHeight: rowHeight(block.columns.map((column) => column.header)) };
}

/** Table options shared by every native table in the deck. */
export function tableOptions(x: number, y: number, colW: number[]): PptxNs.default.TableProps {
  return {
    x,
    y,
    colW,
    fontFace: PPTX_FONT,
    fontSize: TABLE_FONT,
    color: PPTX_COLORS.ink,
    valign: 'top',
    margin: CELL_MARGIN,
    border: { type: 'solid', pt: 0.5, color: PPTX_COLORS.line },
  };
}

/** One bullet line of a flattened list with its height. */
export interface BulletLine {
  runs: PptxNs.default.TextProps[];
  height: number;
}

/** A nested list flattened to bullet paragraphs with indent levels and heights. */
export function bulletLines(items: readonly ListItem[], width: number, fontSize = BODY_FONT): BulletLine[] {
  return listLines(items).map(({ runs: itemRuns, level }) => {
    // A run with a bullet starts a new paragraph in pptxgenjs: only the first run of an item carries it.
    const runs = pptxRuns(itemRuns);
    const first = runs[0];
    if (first) first.options = { ...first.options, bullet: { indent: 14 }, indentLevel: level, paraSpaceAfter: 3 };
    const last = runs[runs.length - 1];
    if (last) last.options = { ...last.options, breakLine: true };
    return { runs, height: linesHeight(lineCount(runsText(itemRuns), width - 0.35 - level * 0.3, fontSize), fontSize) + 0.04 };
  });
}

/** Body text size of the deck. */
export const PPTX_BODY_FONT = BODY_FONT;
