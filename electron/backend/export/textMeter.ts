import { Resvg } from '@resvg/resvg-js';
import { escapeXml } from '../../../shared/document/mapText.ts';
import { mapFontOptions } from './mapFonts.ts';

// A bounding box measures ink, not advance: text between two bars, less the two bars alone, is the text's advance
// (the bars' side bearings cancel out), spaces included.
const BAR = '|';

/** Measures how far text advances in the map fonts, as resvg lays it out, in one picture's font family. */
export class TextMeter {
  private readonly advances = new Map<string, number>();
  private readonly fontFamily: string;

  /** `fontFamily` is the picture's root font-family attribute as written in its SVG (already escaped). */
  constructor(fontFamily: string) {
    this.fontFamily = fontFamily;
  }

  /** The advance of `text` set with `fontAttributes` (e.g. ` font-size="15" font-weight="bold"`), in user units. */
  advance(text: string, fontAttributes: string): number {
    if (text === '') return 0;
    const key = `${fontAttributes}\n${text}`;
    let advance = this.advances.get(key);
    if (advance === undefined) {
      advance = this.inkWidth(`${BAR}${text}${BAR}`, fontAttributes) - this.bars(fontAttributes);
      this.advances.set(key, advance);
    }
    return advance;
  }

  private bars(fontAttributes: string): number {
    const key = `${fontAttributes}\n`;
    let width = this.advances.get(key);
    if (width === undefined) {
      width = this.inkWidth(`${BAR}${BAR}`, fontAttributes);
      this.advances.set(key, width);
    }
    return width;
  }

  private inkWidth(text: string, fontAttributes: string): number {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" font-family="${this.fontFamily}"><text x="0" y="0"${fontAttributes}>${escapeXml(text)}</text></svg>`;
    return new Resvg(svg, { font: mapFontOptions(svg) }).getBBox()?.width ?? 0;
  }
}
