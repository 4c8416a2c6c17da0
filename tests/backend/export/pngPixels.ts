import { Resvg } from '@resvg/resvg-js';

/** A decoded picture: its size and RGBA pixels. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** The pixels of a PNG as resvg decodes it (a reader independent of our encoder). */
export function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${bytes.toString('base64')}"/></svg>`;
  return { width, height, rgba: new Uint8Array(new Resvg(svg).render().pixels) };
}

/** Whether the pixel at (x, y) is strongly coloured (far from grey). */
export function isSaturated(picture: Pixels, x: number, y: number): boolean {
  const at = (y * picture.width + x) * 4;
  const [r, g, b] = [picture.rgba[at] ?? 0, picture.rgba[at + 1] ?? 0, picture.rgba[at + 2] ?? 0];
  return Math.max(r, g, b) - Math.min(r, g, b) > 80;
}

/** Number of strongly coloured pixels in a picture. */
export function saturatedCount(picture: Pixels): number {
  let count = 0;
  for (let y = 0; y < picture.height; y += 1) for (let x = 0; x < picture.width; x += 1) if (isSaturated(picture, x, y)) count += 1;
  return count;
}
