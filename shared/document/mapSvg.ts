import type { EdgeKind } from '../edges.ts';
import { EDGE_KINDS, edgeKindOf } from '../edges.ts';
import type { NodeKind } from '../kinds/index.ts';
import { NODE_KINDS, kindOf } from '../kinds/index.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout.ts';
import type { PlanEdge, PlanNode, Position } from '../model.ts';
import type { DiagramShape, MapPicture } from './blockTypes.ts';
import { DOCUMENT_FONTS } from './fonts.ts';
import { escapeXml, textWidth, truncate, wrapText } from './mapText.ts';

const MARGIN = 24;
const TREE_LINK_COLOR = '#94a3b8';
const LABEL_SIZE = 15;
/** The smallest text in a map picture, in CSS pixels (the kind over each label): it sets how far a picture may shrink. */
export const MAP_SMALLEST_TEXT = 11;
const KIND_SIZE = MAP_SMALLEST_TEXT;
const CAPTION_SIZE = 11.5;

/** How to draw a map picture. */
export interface MapSvgOptions {
  title: string;
  /** The scale the picture will be shown at, so the legend stays readable when a wide map is shrunk. */
  expectedScale?: number;
  /** A small second line under the label of some nodes (e.g. what a branch holds). */
  captions?: ReadonlyMap<string, string>;
  /** The branch links as straight segments, drawn instead of curves from each parent to its children (slides). */
  treeLinks?: readonly (readonly [Position, Position])[];
  /** Space around the picture's content (MARGIN when not given). */
  margin?: number;
  /** How wide the legend may run before it starts a new row (the content's width, or 480, when not given). */
  legendWidth?: number;
}

interface Box {
  node: PlanNode;
  x: number;
  y: number;
}

/** Draws nodes and relations as an SVG picture fitted to its content, with a legend of the kinds shown. */
export function mapSvg(nodes: readonly PlanNode[], edges: readonly PlanEdge[], options: MapSvgOptions): MapPicture {
  const boxes = new Map<string, Box>(nodes.map((node) => [node.id, { node, x: node.position.x, y: node.position.y }]));
  const shownEdges = edges.filter((edge) => boxes.has(edge.source) && boxes.has(edge.target) && edge.source !== edge.target);
  const bounds = boundsOf([...boxes.values()]);

  const contentWidth = bounds.maxX - bounds.minX;
  const legendScale = Math.max(1, 0.75 / Math.min(1, options.expectedScale ?? 1));
  const margin = options.margin ?? MARGIN;
  const offsetX = margin - bounds.minX;
  const offsetY = margin - bounds.minY;
  const legendY = bounds.maxY - bounds.minY + margin * 2;
  // The same picture as shapes in picture pixels, for formats that draw it natively (PowerPoint).
  const content = new Shapes(offsetX, offsetY);
  const legendShapes = new Shapes(margin, legendY);
  const legend = legendSvg(nodes, shownEdges, options.legendWidth ?? Math.max(contentWidth, 480), legendScale, legendShapes);
  const width = Math.max(contentWidth, options.legendWidth === undefined ? legend.width : legend.used) + margin * 2;
  const height = bounds.maxY - bounds.minY + margin * 3 + legend.height;

  const parts: string[] = [];
  parts.push(markerDefs(shownEdges));
  parts.push(`<g transform="translate(${round(offsetX)} ${round(offsetY)})">`);
  if (options.treeLinks) for (const [from, to] of options.treeLinks) parts.push(straightLink(from, to, content));
  else
    for (const box of boxes.values()) {
      const parent = box.node.parentId === null ? undefined : boxes.get(box.node.parentId);
      if (parent) parts.push(treeLink(parent, box, content));
    }
  for (const edge of shownEdges) parts.push(relationLine(edge, boxes, content));
  for (const box of boxes.values()) parts.push(nodeBox(box, content, options.captions?.get(box.node.id)));
  parts.push('</g>');
  parts.push(`<g transform="translate(${margin} ${round(legendY)})">${legend.svg}</g>`);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(width)} ${round(height)}" width="${round(width)}" height="${round(height)}" font-family="${DOCUMENT_FONTS}" role="img" aria-label="${escapeXml(options.title)}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  const shapes: DiagramShape[] = [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: '#ffffff' }, ...content.list, ...legendShapes.list];
  return { title: options.title, svg, width: round(width), height: round(height), shapes };
}

/** Shapes collected at an offset (the SVG's group translation). */
class Shapes {
  readonly list: DiagramShape[] = [];
  private readonly dx: number;
  private readonly dy: number;

  constructor(dx: number, dy: number) {
    this.dx = dx;
    this.dy = dy;
  }

  rect(x: number, y: number, w: number, h: number, fill: string, stroke?: { color: string; width: number }): void {
    this.list.push({ kind: 'rect', x: x + this.dx, y: y + this.dy, w, h, fill, stroke: stroke?.color, strokeWidth: stroke?.width });
  }

  circle(cx: number, cy: number, r: number, fill: string): void {
    this.list.push({ kind: 'circle', cx: cx + this.dx, cy: cy + this.dy, r, fill });
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, width: number, dash?: 'dash'): void {
    this.list.push({ kind: 'line', x1: x1 + this.dx, y1: y1 + this.dy, x2: x2 + this.dx, y2: y2 + this.dy, color, width, dash });
  }

  text(x: number, y: number, text: string, size: number, color: string, width: number, bold = false): void {
    this.list.push({ kind: 'text', x: x + this.dx, y: y + this.dy, text, size, color, bold, width });
  }
}

function boundsOf(boxes: readonly Box[]) {
  if (boxes.length === 0) return { minX: 0, minY: 0, maxX: NODE_WIDTH, maxY: NODE_HEIGHT };
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const box of boxes) {
    bounds.minX = Math.min(bounds.minX, box.x);
    bounds.minY = Math.min(bounds.minY, box.y);
    bounds.maxX = Math.max(bounds.maxX, box.x + NODE_WIDTH);
    bounds.maxY = Math.max(bounds.maxY, box.y + NODE_HEIGHT);
  }
  return bounds;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function center(box: Box): Position {
  return { x: box.x + NODE_WIDTH / 2, y: box.y + NODE_HEIGHT / 2 };
}

/** A curve from the parent's facing side to the child's facing side. */
function treeLink(parent: Box, child: Box, shapes: Shapes): string {
  const from = center(parent);
  const to = center(child);
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let d: string;
  if (Math.abs(dx) >= Math.abs(dy) * 1.2) {
    const sign = Math.sign(dx) || 1;
    const x1 = from.x + (sign * NODE_WIDTH) / 2;
    const x2 = to.x - (sign * NODE_WIDTH) / 2;
    const mid = (x1 + x2) / 2;
    d = `M${round(x1)} ${round(from.y)} C${round(mid)} ${round(from.y)} ${round(mid)} ${round(to.y)} ${round(x2)} ${round(to.y)}`;
    // Native shapes draw the curve as an elbow: across, down, across.
    shapes.line(x1, from.y, mid, from.y, TREE_LINK_COLOR, 2);
    shapes.line(mid, from.y, mid, to.y, TREE_LINK_COLOR, 2);
    shapes.line(mid, to.y, x2, to.y, TREE_LINK_COLOR, 2);
  } else {
    const sign = Math.sign(dy) || 1;
    const y1 = from.y + (sign * NODE_HEIGHT) / 2;
    const y2 = to.y - (sign * NODE_HEIGHT) / 2;
    const mid = (y1 + y2) / 2;
    d = `M${round(from.x)} ${round(y1)} C${round(from.x)} ${round(mid)} ${round(to.x)} ${round(mid)} ${round(to.x)} ${round(y2)}`;
    shapes.line(from.x, y1, from.x, mid, TREE_LINK_COLOR, 2);
    shapes.line(from.x, mid, to.x, mid, TREE_LINK_COLOR, 2);
    shapes.line(to.x, mid, to.x, y2, TREE_LINK_COLOR, 2);
  }
  return `<path d="${d}" fill="none" stroke="${TREE_LINK_COLOR}" stroke-width="2"/>`;
}

/** One straight piece of a branch link. */
function straightLink(from: Position, to: Position, shapes: Shapes): string {
  shapes.line(from.x, from.y, to.x, to.y, TREE_LINK_COLOR, 2);
  return `<path d="M${round(from.x)} ${round(from.y)}L${round(to.x)} ${round(to.y)}" fill="none" stroke="${TREE_LINK_COLOR}" stroke-width="2"/>`;
}

/** Where the segment from a box's centre towards `toward` leaves the box. */
function borderPoint(box: Box, toward: Position): Position {
  const c = center(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : NODE_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : NODE_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

function relationLine(edge: PlanEdge, boxes: Map<string, Box>, shapes: Shapes): string {
  const source = boxes.get(edge.source);
  const target = boxes.get(edge.target);
  if (!source || !target) return '';
  const definition = edgeKindOf(edge.kind);
  const from = borderPoint(source, center(target));
  const to = borderPoint(target, center(source));
  const dash = definition.dashed ? ' stroke-dasharray="7 5"' : '';
  shapes.line(from.x, from.y, to.x, to.y, definition.color, 2, definition.dashed ? 'dash' : undefined);
  return `<line x1="${round(from.x)}" y1="${round(from.y)}" x2="${round(to.x)}" y2="${round(to.y)}" stroke="${definition.color}" stroke-width="2"${dash} marker-end="url(#arrow-${edge.kind})"><title>${escapeXml(definition.label)}</title></line>`;
}

function markerDefs(edges: readonly PlanEdge[]): string {
  const used = EDGE_KINDS.filter((kind) => edges.some((edge) => edge.kind === kind));
  const markers = used.map(
    (kind) =>
      `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${edgeKindOf(kind).color}"/></marker>`,
  );
  return `<defs>${markers.join('')}</defs>`;
}

function icon(kind: NodeKind, x: number, y: number, size: number, fill: string): string {
  const scale = size / 24;
  return `<path transform="translate(${round(x)} ${round(y)}) scale(${round(scale * 1000) / 1000})" d="${kindOf(kind).icon}" fill="${fill}" fill-rule="evenodd"/>`;
}

function nodeBox(box: Box, shapes: Shapes, caption?: string): string {
  const definition = kindOf(box.node.kind);
  const isRoot = box.node.kind === 'account';
  const fill = isRoot ? definition.color : '#ffffff';
  const ink = isRoot ? '#ffffff' : '#1f2937';
  const out = [`<g transform="translate(${round(box.x)} ${round(box.y)})">`];
  out.push(
    `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="10" fill="${fill}" stroke="${definition.color}" stroke-width="${isRoot ? 0 : 1.5}"/>`,
  );
  shapes.rect(box.x, box.y, NODE_WIDTH, NODE_HEIGHT, fill, isRoot ? undefined : { color: definition.color, width: 1.5 });
  if (!isRoot) {
    out.push(`<path d="M10 0H6a6 6 0 0 0-6 6v${NODE_HEIGHT - 12}a6 6 0 0 0 6 6h4z" fill="${definition.color}"/>`);
    shapes.rect(box.x, box.y, 8, NODE_HEIGHT, definition.color);
  }
  const textX = 44;
  out.push(icon(box.node.kind, 16, 12, 20, isRoot ? '#ffffff' : definition.color));
  // The kind's icon as a dot in its colour: PowerPoint has no shape for the icon's path.
  shapes.circle(box.x + 26, box.y + 22, 7, isRoot ? '#ffffff' : definition.color);
  const kindColor = isRoot ? '#dbeafe' : definition.color;
  const kindText = definition.label.toUpperCase();
  out.push(`<text x="${textX}" y="27" font-size="${KIND_SIZE}" font-weight="bold" letter-spacing="0.5" fill="${kindColor}">${escapeXml(kindText)}</text>`);
  shapes.text(box.x + textX, box.y + 27, kindText, KIND_SIZE, kindColor, NODE_WIDTH - textX - 6, true);
  const size = LABEL_SIZE;
  const lines = wrapText(box.node.label || definition.newLabel, NODE_WIDTH - textX - 10, size, caption ? 1 : 2);
  const firstY = lines.length > 1 || caption ? 47 : 53;
  if (caption) {
    const captionColor = isRoot ? '#dbeafe' : '#4b5563';
    const shown = truncate(caption, NODE_WIDTH - textX - 8, CAPTION_SIZE);
    out.push(`<text x="${textX}" y="64" font-size="${CAPTION_SIZE}" fill="${captionColor}">${escapeXml(shown)}</text>`);
    shapes.text(box.x + textX, box.y + 64, shown, CAPTION_SIZE, captionColor, NODE_WIDTH - textX - 4);
  }
  lines.forEach((line, at) => {
    out.push(
      `<text x="${textX}" y="${firstY + at * (size + 3)}" font-size="${size}" font-weight="${isRoot ? 'bold' : 'normal'}" fill="${ink}">${escapeXml(line)}</text>`,
    );
    shapes.text(box.x + textX, box.y + firstY + at * (size + 3), line, size, ink, NODE_WIDTH - textX - 4, isRoot);
  });
  out.push('</g>');
  return out.join('');
}

/** A legend of the node kinds and relation kinds in the picture, flowed into rows. */
function legendSvg(nodes: readonly PlanNode[], edges: readonly PlanEdge[], width: number, scale: number, shapes: Shapes) {
  const size = 13 * scale;
  const rowHeight = 26 * scale;
  const entries: { draw: (x: number, y: number) => string; text: string }[] = [];
  for (const kind of NODE_KINDS.filter((kind) => nodes.some((node) => node.kind === kind))) {
    const definition = kindOf(kind);
    entries.push({
      text: definition.label,
      draw: (x, y) => {
        shapes.circle(x + size * 0.6, y - size * 0.35, size * 0.45, definition.color);
        return icon(kind, x, y - size * 0.95, size * 1.2, definition.color);
      },
    });
  }
  const usedEdges: EdgeKind[] = EDGE_KINDS.filter((kind) => edges.some((edge) => edge.kind === kind));
  const line = (color: string, dashed: boolean) => (x: number, y: number) => {
    shapes.line(x, y - size * 0.35, x + size * 2.2, y - size * 0.35, color, size * 0.18, dashed ? 'dash' : undefined);
    return legendLine(x, y - size * 0.35, size, color, dashed);
  };
  if (nodes.some((node) => node.parentId !== null)) entries.push({ text: 'branch', draw: line(TREE_LINK_COLOR, false) });
  for (const kind of usedEdges) {
    const definition = edgeKindOf(kind);
    entries.push({ text: definition.label, draw: line(definition.color, definition.dashed) });
  }
  const out: string[] = [];
  let x = 0;
  let y = size;
  let used = 0;
  for (const entry of entries) {
    const label = truncate(entry.text, width / 2, size);
    const entryWidth = size * 2.4 + label.length * size * 0.6 + size * 1.4;
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      y += rowHeight;
    }
    out.push(entry.draw(x, y));
    out.push(`<text x="${round(x + size * 2.6)}" y="${round(y)}" font-size="${round(size)}" fill="#374151">${escapeXml(label)}</text>`);
    shapes.text(x + size * 2.6, y, label, round(size), '#374151', textWidth(label, size) + size);
    x += entryWidth;
    used = Math.max(used, x);
  }
  return { svg: out.join(''), width, used: Math.min(width, used), height: entries.length === 0 ? 0 : y + size * 0.6 };
}

function legendLine(x: number, y: number, size: number, color: string, dashed: boolean): string {
  const dash = dashed ? ` stroke-dasharray="${round(size * 0.45)} ${round(size * 0.3)}"` : '';
  return `<line x1="${round(x)}" y1="${round(y)}" x2="${round(x + size * 2.2)}" y2="${round(y)}" stroke="${color}" stroke-width="${round(size * 0.18)}"${dash}/>`;
}
