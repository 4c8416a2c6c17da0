import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { ChartData, DiagramShape } from '../document/blockTypes.ts';
import { DOCUMENT_FONTS } from '../document/fonts.ts';
import { escapeXml, textWidth, truncate } from '../document/mapText.ts';
import type { TrendPoint } from '../trends.ts';

/** Line colours, told apart also by their markers' order in the legend; picked for contrast on white. */
export const CHART_COLORS = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626'] as const;

/** The colours a chart is drawn in. */
export interface ChartPalette {
  background: string;
  ink: string;
  muted: string;
  grid: string;
  reference: string;
  lines: readonly string[];
}

/** The printed look, used by every document. */
export const LIGHT_CHART: ChartPalette = { background: '#ffffff', ink: '#1f2937', muted: '#64748b', grid: '#e2e8f0', reference: '#94a3b8', lines: CHART_COLORS };

/** The app's dark theme (its panel colour behind), the same lines lightened for contrast on it. */
export const DARK_CHART: ChartPalette = {
  background: '#161b24',
  ink: '#e6eaf0',
  muted: '#9aa5b5',
  grid: '#2c3442',
  reference: '#64748b',
  lines: ['#60a5fa', '#fbbf24', '#34d399', '#f472b6', '#a78bfa', '#22d3ee', '#a3e635', '#f87171'],
};

/** One line of a chart: a name and one value per category (null leaves a gap). */
export interface ChartLine {
  name: string;
  values: (number | null)[];
}

/** What a line chart shows. */
export interface LineChartInput {
  title: string;
  /** The x axis: one label per point (review names, then "Now"). */
  categories: string[];
  lines: ChartLine[];
  /** The y axis range; grown to fit the values. */
  yDomain: [number, number];
  /** Words after a tick value, e.g. "%". */
  unit?: string;
  /** A dashed horizontal reference line, e.g. the target at 100 %. */
  reference?: { value: number; label: string };
  width?: number;
  height?: number;
  /** The colours; the printed look unless given. */
  palette?: ChartPalette;
}

/** A drawn chart: the SVG picture, its size, the same picture as shapes, and its data (for PowerPoint's own chart). */
export interface LineChart {
  title: string;
  svg: string;
  shapes: DiagramShape[];
  chart: ChartData;
  width: number;
  height: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Draws lines over categories as a self-contained SVG (and the matching shapes): axes, grid, markers, legend. */
export function lineChart(input: LineChartInput): LineChart {
  const width = input.width ?? 640;
  const legendRows = Math.ceil(input.lines.length / 2);
  const plotHeight = (input.height ?? 300) - 0;
  const margin = { top: 18, right: 24, bottom: 44 + legendRows * 20, left: 52 };
  const height = plotHeight + legendRows * 20;
  const values = input.lines.flatMap((entry) => entry.values.filter((value): value is number => value !== null));
  const low = Math.min(input.yDomain[0], ...values, input.reference?.value ?? input.yDomain[0]);
  const high = Math.max(input.yDomain[1], ...values, input.reference?.value ?? input.yDomain[1]);
  const y = scaleLinear().domain([low, high]).nice(5).range([height - margin.bottom, margin.top]);
  const x = scalePoint<number>().domain(input.categories.map((_, at) => at)).range([margin.left, width - margin.right]).padding(0.4);
  const unit = input.unit ?? '';
  const palette = input.palette ?? LIGHT_CHART;
  const lineColor = (index: number): string => palette.lines[index % palette.lines.length]!;
  const shapes: DiagramShape[] = [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: palette.background }];
  const parts: string[] = [];
  const text = (tx: number, ty: number, words: string, size: number, color: string, anchor: 'start' | 'middle' | 'end', bold = false) => {
    parts.push(`<text x="${round(tx)}" y="${round(ty)}" font-size="${size}" fill="${color}" text-anchor="${anchor}"${bold ? ' font-weight="700"' : ''}>${escapeXml(words)}</text>`);
    // Shapes have no end anchor: text that ends at a point (tick values) gets a box just wide enough to end there.
    const boxWidth = anchor === 'end' ? Math.min(44, textWidth(words, size) + 4) : 120;
    shapes.push({ kind: 'text', x: anchor === 'end' ? tx - boxWidth : tx, y: ty, text: words, size, color, bold, anchor: anchor === 'middle' ? 'middle' : 'start', width: anchor === 'start' ? Math.max(boxWidth, textWidth(words, size) + 4) : boxWidth });
  };

  for (const tick of y.ticks(5)) {
    const ty = y(tick);
    parts.push(`<line x1="${margin.left}" y1="${round(ty)}" x2="${width - margin.right}" y2="${round(ty)}" stroke="${palette.grid}" stroke-width="1"/>`);
    shapes.push({ kind: 'line', x1: margin.left, y1: ty, x2: width - margin.right, y2: ty, color: palette.grid, width: 1 });
    text(margin.left - 8, ty + 4, `${tick}${unit}`, 11, palette.muted, 'end');
  }
  input.categories.forEach((category, at) => text(x(at) ?? 0, height - margin.bottom + 18, truncate(category, 110, 11), 11, palette.ink, 'middle'));
  if (input.reference) {
    const ty = y(input.reference.value);
    parts.push(`<line x1="${margin.left}" y1="${round(ty)}" x2="${width - margin.right}" y2="${round(ty)}" stroke="${palette.reference}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    shapes.push({ kind: 'line', x1: margin.left, y1: ty, x2: width - margin.right, y2: ty, color: palette.reference, width: 1.5, dash: 'dash' });
    text(width - margin.right, ty - 5, input.reference.label, 11, palette.muted, 'end');
  }

  input.lines.forEach((entry, index) => {
    const color = lineColor(index);
    const points = entry.values.map((value, at) => ({ at, value }));
    const path = line<{ at: number; value: number | null }>()
      .defined((point) => point.value !== null)
      .x((point) => x(point.at) ?? 0)
      .y((point) => y(point.value ?? 0))(points);
    if (path) parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linejoin="round"/>`);
    let previous: { at: number; value: number } | null = null;
    for (const point of points) {
      if (point.value === null) {
        previous = null;
        continue;
      }
      const px = x(point.at) ?? 0;
      const py = y(point.value);
      if (previous) shapes.push({ kind: 'line', x1: x(previous.at) ?? 0, y1: y(previous.value), x2: px, y2: py, color, width: 2.5 });
      parts.push(`<circle cx="${round(px)}" cy="${round(py)}" r="4" fill="${color}"><title>${escapeXml(`${entry.name}, ${input.categories[point.at] ?? ''}: ${point.value}${unit}`)}</title></circle>`);
      shapes.push({ kind: 'circle', cx: px, cy: py, r: 4, fill: color });
      previous = { at: point.at, value: point.value };
    }
    const column = index % 2;
    const row = Math.floor(index / 2);
    const lx = margin.left + column * ((width - margin.left - margin.right) / 2);
    const ly = height - margin.bottom + 40 + row * 20;
    parts.push(`<rect x="${round(lx)}" y="${round(ly - 9)}" width="14" height="4" fill="${color}"/>`);
    shapes.push({ kind: 'rect', x: lx, y: ly - 9, w: 14, h: 4, fill: color });
    text(lx + 20, ly - 3, truncate(entry.name, (width - margin.left - margin.right) / 2 - 28, 11), 11, palette.ink, 'start');
  });

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${DOCUMENT_FONTS}" role="img" aria-label="${escapeXml(input.title)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
    `<line x1="${margin.left}" y1="${height - margin.bottom}" x2="${width - margin.right}" y2="${height - margin.bottom}" stroke="${palette.muted}" stroke-width="1"/>`,
    ...parts,
    '</svg>',
  ].join('');
  shapes.push({ kind: 'line', x1: margin.left, y1: height - margin.bottom, x2: width - margin.right, y2: height - margin.bottom, color: palette.muted, width: 1 });
  const [min, max] = y.domain() as [number, number];
  const chart: ChartData = {
    categories: input.categories,
    lines: [
      ...input.lines.map((entry, index) => ({ name: entry.name, values: entry.values, color: lineColor(index) })),
      ...(input.reference ? [{ name: input.reference.label, values: input.categories.map(() => input.reference!.value), color: palette.reference }] : []),
    ],
    min,
    max,
    unit,
  };
  return { title: input.title, svg, shapes, chart, width, height };
}

/** Values of trend points, in order. */
export function valuesOf(points: readonly TrendPoint[]): (number | null)[] {
  return points.map((point) => point.value);
}
