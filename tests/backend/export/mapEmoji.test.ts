import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { drawEmojiAsPictures } from '../../../electron/backend/export/mapEmoji.ts';
import { mapFontOptions } from '../../../electron/backend/export/mapFonts.ts';
import { rasteriseMaps } from '../../../electron/backend/export/mapPng.ts';
import { mapSvg } from '../../../shared/document/mapSvg.ts';
import { node } from '../../shared/document/fixtures.ts';
import { type Pixels, decodePng, isSaturated } from './pngPixels.ts';

const SCALE = 4;

/** A one-card map picture of a stakeholder, rasterised as Word and PowerPoint files get it, at four times its size. */
async function cardPicture(label: string): Promise<Pixels> {
  const picture = mapSvg([node('s', 'stakeholder', label, null)], [], { title: 'Map' });
  const [png] = await rasteriseMaps([picture], () => picture.width * SCALE);
  return decodePng(png!);
}

/** Columns of a band of rows holding pixels that pass `test`. */
function columns(picture: Pixels, top: number, bottom: number, test: (x: number, y: number) => boolean): number[] {
  const found: number[] = [];
  for (let x = 0; x < picture.width; x += 1) {
    for (let y = top; y < bottom; y += 1) {
      if (test(x, y)) {
        found.push(x);
        break;
      }
    }
  }
  return found;
}

const isInk = (picture: Pixels) => (x: number, y: number) => {
  const at = (y * picture.width + x) * 4;
  return (picture.rgba[at] ?? 255) < 110 && (picture.rgba[at + 1] ?? 255) < 110 && (picture.rgba[at + 2] ?? 255) < 110;
};

/** Whether a pixel is warm (red, orange, yellow): the stakeholder card is blue and the label ink grey. */
const isWarm = (picture: Pixels) => (x: number, y: number) => {
  const at = (y * picture.width + x) * 4;
  return isSaturated(picture, x, y) && (picture.rgba[at] ?? 0) > (picture.rgba[at + 2] ?? 0) + 80;
};

/** Rows holding warm pixels. */
function warmRows(picture: Pixels): number[] {
  const rows: number[] = [];
  for (let y = 0; y < picture.height; y += 1) {
    for (let x = 0; x < picture.width; x += 1) {
      if (isWarm(picture)(x, y)) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}

function render(svg: string, width: number): Pixels {
  const image = new Resvg(svg, { font: mapFontOptions(svg), fitTo: { mode: 'width', value: width }, background: '#ffffff' }).render();
  return { width: image.width, height: image.height, rgba: new Uint8Array(image.pixels) };
}

const textSvg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80" width="240" height="80" font-family="'Liberation Sans', sans-serif">${text}</svg>`;

describe('emoji in map pictures drawn without a browser', () => {
  it('draws the emoji of a card name in colour where it stands, with the letters before and after it', async () => {
    const picture = await cardPicture('Dana 🚀 Whitfield');
    const rows = warmRows(picture);
    expect(rows.length, 'the rocket drawn in colour').toBeGreaterThan(8 * SCALE);
    const [top, bottom] = [Math.min(...rows), Math.max(...rows) + 1];
    const warm = columns(picture, top, bottom, isWarm(picture));
    // The whole picture: the warm part's neighbouring columns that are painted at all (its tip is blue, its window dark).
    const painted = new Set(columns(picture, top, bottom, (x, y) => (picture.rgba[(y * picture.width + x) * 4 + 1] ?? 255) < 230));
    let [left, right] = [Math.min(...warm), Math.max(...warm)];
    while (painted.has(left - 1)) left -= 1;
    while (painted.has(right + 1)) right += 1;
    expect(right - left, 'about one em (15 px) wide').toBeGreaterThan(12 * SCALE);
    expect(right - left).toBeLessThan(16 * SCALE);
    const ink = columns(picture, top, bottom, isInk(picture));
    const before = ink.filter((x) => x < left);
    const after = ink.filter((x) => x > right);
    expect(before.length, '"Dana" left of the rocket').toBeGreaterThan(20 * SCALE);
    expect(after.length, '"Whitfield" right of the rocket').toBeGreaterThan(40 * SCALE);
    // The rocket stands in a space of its own on either side, as a letter would.
    const gapBefore = left - Math.max(...before);
    const gapAfter = Math.min(...after) - right;
    expect(gapBefore).toBeGreaterThan(3 * SCALE);
    expect(gapAfter).toBeGreaterThan(3 * SCALE);
    expect(Math.abs(gapBefore - gapAfter)).toBeLessThan(2 * SCALE);
  });

  it('places the text after an emoji by the font advances resvg lays out', () => {
    const label = (content: string) => `<text x="10" y="50" font-size="15" fill="#111111">${content}</text>`;
    const drawn = drawEmojiAsPictures(textSvg(label('Dana 🚀 Whitfield'))).replace(/<image[^>]*\/>/g, '');
    // The same text with an 18-unit gap (the emoji's 1.2 em) in the emoji's place, laid out by resvg in one piece;
    // a no-break space is as wide as a space in the map font but is not collapsed into the one before it.
    const laidOut = textSvg(label('Dana <tspan dx="18">\u00a0Whitfield</tspan>'));
    const [ours, reference] = [render(drawn, 240 * SCALE), render(laidOut, 240 * SCALE)];
    let differing = 0;
    for (let at = 0; at < ours.rgba.length; at += 4) if (Math.abs(ours.rgba[at]! - reference.rgba[at]!) > 64) differing += 1;
    expect(differing).toBeLessThan(20);
    expect(drawn).toMatch(/>Dana <\/text><text x="[\d.]+" y="50" font-size="15" fill="#111111">Whitfield<\/text>/);
  });

  it('centres text and emoji together on a middle anchor', () => {
    const svg = drawEmojiAsPictures(textSvg('<text x="120" y="50" font-size="20" text-anchor="middle">🚀 Go</text>'));
    expect(svg).not.toContain('text-anchor');
    const image = /<image x="([\d.]+)" y="([\d.]+)" width="20" height="20"/.exec(svg);
    const text = /<text x="([\d.]+)" y="50" font-size="20">Go<\/text>/.exec(svg);
    expect(image && text, svg).toBeTruthy();
    expect(Number(image![2])).toBeCloseTo(50 - 0.85 * 20, 1);
    const pixels = render(svg, 240);
    const ink = columns(pixels, 25, 60, (x, y) => isInk(pixels)(x, y) || isSaturated(pixels, x, y));
    expect(Math.abs((Math.min(...ink) + Math.max(...ink)) / 2 - 120)).toBeLessThan(3);
  });

  it('keeps emoji twemoji has no picture of as text, and a picture without emoji as it is', () => {
    const unknown = textSvg('<text x="10" y="50" font-size="15">Dana \u{1fc00}</text>');
    expect(drawEmojiAsPictures(unknown)).toBe(unknown);
    const plain = textSvg('<text x="10" y="50" font-size="15">Dana Whitfield &amp; Co ™</text>');
    expect(drawEmojiAsPictures(plain)).toBe(plain);
    const escaped = drawEmojiAsPictures(textSvg('<text x="10" y="50" font-size="15">R&amp;D 🚀 &lt;lab&gt;</text>'));
    expect(escaped).toContain('>R&amp;D </text>');
    expect(escaped).toContain('>&lt;lab&gt;</text>');
  });
});
