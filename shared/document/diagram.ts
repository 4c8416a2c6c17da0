import type { DiagramShape, MapPicture } from './blockTypes.ts';
import { DOCUMENT_FONTS } from './fonts.ts';
import { escapeXml } from './mapText.ts';

const INK = '#1b2333';

const round = (value: number) => Math.round(value * 10) / 10;

/** Text options: colour, weight, anchor and the width the text may take (for formats that need a text box). */
export interface TextOptions {
  color?: string;
  bold?: boolean;
  anchor?: 'start' | 'middle';
  width: number;
}

/**
 * Draws a picture once into both an SVG (HTML, PDF, Word) and a list of shapes (PowerPoint's native, editable
 * shapes), so the two can never disagree.
 */
export class Diagram {
  private readonly parts: string[] = [];
  private readonly shapes: DiagramShape[] = [];

  rect(x: number, y: number, w: number, h: number, fill: string, options: { stroke?: string; strokeWidth?: number; dashed?: boolean; rx?: number } = {}): void {
    const stroke = options.stroke ? ` stroke="${options.stroke}" stroke-width="${options.strokeWidth ?? 1}"` : '';
    const dash = options.dashed ? ' stroke-dasharray="5 3"' : '';
    this.parts.push(`<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" rx="${options.rx ?? 0}" fill="${fill}"${stroke}${dash}/>`);
    this.shapes.push({ kind: 'rect', x, y, w, h, fill, stroke: options.stroke, strokeWidth: options.strokeWidth, dashed: options.dashed });
  }

  circle(cx: number, cy: number, r: number, fill: string): void {
    this.parts.push(`<circle cx="${round(cx)}" cy="${round(cy)}" r="${r}" fill="${fill}"/>`);
    this.shapes.push({ kind: 'circle', cx, cy, r, fill });
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, width: number, dash?: 'dash' | 'dot'): void {
    const pattern = dash === 'dot' ? ' stroke-dasharray="2 4" stroke-linecap="round"' : dash === 'dash' ? ' stroke-dasharray="6 4"' : '';
    this.parts.push(`<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${color}" stroke-width="${width}"${pattern}/>`);
    this.shapes.push({ kind: 'line', x1, y1, x2, y2, color, width, dash });
  }

  /** A line down from (x1, y1) to `mid`, across, and down to (x2, y2): an org chart's reporting line. */
  elbow(x1: number, y1: number, mid: number, x2: number, y2: number, color: string, width: number): void {
    this.parts.push(`<path d="M${round(x1)},${round(y1)} V${round(mid)} H${round(x2)} V${round(y2)}" fill="none" stroke="${color}" stroke-width="${width}"/>`);
    this.shapes.push({ kind: 'line', x1, y1, x2: x1, y2: mid, color, width });
    if (x1 !== x2) this.shapes.push({ kind: 'line', x1, y1: mid, x2, y2: mid, color, width });
    this.shapes.push({ kind: 'line', x1: x2, y1: mid, x2, y2, color, width });
  }

  /** Text with its baseline at y. */
  text(x: number, y: number, text: string, size: number, options: TextOptions): void {
    const color = options.color ?? INK;
    const weight = options.bold ? ' font-weight="bold"' : '';
    const anchor = options.anchor === 'middle' ? ' text-anchor="middle"' : '';
    this.parts.push(`<text x="${round(x)}" y="${round(y)}" font-size="${size}" fill="${color}"${weight}${anchor}>${escapeXml(text)}</text>`);
    this.shapes.push({ kind: 'text', x, y, text, size, color, bold: options.bold, anchor: options.anchor, width: options.width });
  }

  /** The finished picture. */
  picture(title: string, width: number, height: number): MapPicture {
    const svg = [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(width)} ${round(height)}" width="${round(width)}" height="${round(height)}" font-family="${DOCUMENT_FONTS}" role="img" aria-label="${escapeXml(title)}">`,
      `<title>${escapeXml(title)}</title>`,
      '<rect width="100%" height="100%" fill="#ffffff"/>',
      ...this.parts,
      '</svg>',
    ].join('\n');
    return { title, svg, width: round(width), height: round(height), shapes: [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: '#ffffff' }, ...this.shapes] };
  }
}
