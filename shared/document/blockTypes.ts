/** A piece of inline text with simple emphasis. */
export interface Run {
  text: string;
  strong?: boolean;
  emphasis?: boolean;
}

/** One line of a bullet list, with nested items. */
export interface ListItem {
  runs: Run[];
  children?: ListItem[];
}

/** A labelled fact such as "Renewal date: 12 Mar 2027". */
export interface Fact {
  label: string;
  value: Run[];
}

/** A table column: header text, alignment and a relative width. */
export interface Column {
  header: string;
  align: 'left' | 'right';
  /** Relative width (1 = normal); adapters that size columns use it. */
  weight: number;
}

/** One element of a picture drawn from plan data, for formats that draw it with their own editable shapes (PowerPoint). */
export type DiagramShape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; strokeWidth?: number; dashed?: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dash?: 'dash' | 'dot' }
  | { kind: 'text'; x: number; y: number; text: string; size: number; color: string; bold?: boolean; anchor?: 'start' | 'middle'; width: number };

/** One picture of the account map (the whole map, or one branch of a large map). */
export interface MapPicture {
  title: string;
  svg: string;
  /** The same picture as shapes in CSS pixels (org chart, power map): PowerPoint draws these as native, editable shapes. */
  shapes?: DiagramShape[];
  /** Size of the SVG's viewBox in CSS pixels. */
  width: number;
  height: number;
  /** The picture is a line chart of these series: PowerPoint draws it as its own chart (editable data). */
  chart?: ChartData;
}

/** A line chart's data, for formats with charts of their own. */
export interface ChartData {
  categories: string[];
  lines: { name: string; values: (number | null)[]; color: string }[];
  /** The value axis range. */
  min: number;
  max: number;
  /** Added after each axis value, e.g. "%". */
  unit: string;
}

/** A format-neutral document block; adapters only map these to their format. */
export type Block =
  | { type: 'title'; title: string; subtitle: string; edition: string; facts: Fact[] }
  | { type: 'toc'; title: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string; id: string }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; items: ListItem[] }
  | { type: 'table'; columns: Column[]; rows: Run[][][]; totalRows?: number }
  | { type: 'facts'; facts: Fact[] }
  | { type: 'grid'; cells: { title: string; items: ListItem[] }[] }
  | { type: 'callout'; tone: 'note' | 'warning'; runs: Run[] }
  | { type: 'pageBreak' }
  | { type: 'map'; pictures: MapPicture[]; tree: ListItem[]; legend: string };

/** A block of one type. */
export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

/** A heading that belongs in the table of contents (sections and their subsections). */
export function isTocHeading(block: Block): block is BlockOf<'heading'> {
  return block.type === 'heading' && block.level <= 2;
}

/** Plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}
