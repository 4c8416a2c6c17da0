import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { mapFontOptions } from '../../../electron/backend/export/mapFonts.ts';
import { mapStandIns, rasteriseMaps, standInReplacements } from '../../../electron/backend/export/mapPng.ts';
import { encodePng, pngTag, taggedPng } from '../../../electron/backend/export/png.ts';
import { mapPictures } from '../../../shared/document/mapPictures.ts';
import { sampleDocument } from '../../shared/document/fixtures.ts';

/** The RGBA pixels of a PNG as resvg decodes it (a reader independent of our encoder). */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  return new Uint8Array(new Resvg(svg).render().pixels);
}

/** Width and height from a PNG's header. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('PNG encoding of map pictures', () => {
  it('encodes pixels that a PNG reader gives back unchanged', async () => {
    const width = 3;
    const height = 2;
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 18, 52, 86, 255]);
    const png = await encodePng(width, height, pixels);
    expect(pngSize(png)).toEqual({ width, height });
    expect(decode(png, width, height)).toEqual(pixels);
    expect(pngTag(png)).toBeNull();
    await expect(encodePng(4, 2, pixels)).rejects.toThrow(/not 4×2 RGBA pixels/);
  });

  it('marks stand-ins so the real pictures can replace them, and they are valid PNGs', () => {
    const standIn = taggedPng('map-picture-7');
    expect(pngTag(standIn)).toBe('map-picture-7');
    expect(decode(standIn, 1, 1)).toEqual(new Uint8Array([255, 255, 255, 255]));
  });

  it('rasterises map pictures at the width asked, with their labels drawn', async () => {
    const pictures = mapPictures(sampleDocument()).slice(0, 3);
    const unlabelled = pictures.map((picture) => ({ ...picture, svg: picture.svg.replace(/<text[^>]*>[^<]*<\/text>/g, '') }));
    const [pngs, blanks] = await Promise.all([pictures, unlabelled].map((list) => rasteriseMaps(list, (picture) => picture.width / 2)));
    pictures.forEach((picture, at) => {
      const size = pngSize(pngs![at]!);
      expect(size.width).toBe(Math.round(picture.width / 2));
      expect(Math.abs(size.height - picture.height / 2)).toBeLessThanOrEqual(1);
      // Labels change many pixels: a picture drawn without its fonts would equal one without text.
      const drawn = decode(pngs![at]!, size.width, size.height);
      const blank = decode(blanks![at]!, size.width, size.height);
      let changed = 0;
      for (let pixel = 0; pixel < drawn.length; pixel += 4) if (Math.abs(drawn[pixel]! - blank[pixel]!) > 60) changed += 1;
      expect(changed, picture.title).toBeGreaterThan(1000);
    });
  });

  it('loads only the map font for text it covers, and the Noto files beside it for text it does not', () => {
    const latin = mapFontOptions('<text>Zoë Müller — Łódź, Αθήνα, Москва · 1.2M €</text>');
    const chinese = mapFontOptions('<text>北京办事处</text>');
    expect(chinese.loadSystemFonts).toBe(false);
    expect(chinese.fontFiles?.some((file) => /NotoSansCJK/.test(file))).toBe(true);
    expect(latin.loadSystemFonts).toBe(false);
    expect(latin.fontFiles?.every((file) => /Liberation|Arial/i.test(file))).toBe(true);
  });

  it('finds the stand-in each picture replaces and refuses a document missing one', async () => {
    const pictures = mapPictures(sampleDocument()).slice(0, 2);
    const standIns = [...mapStandIns(pictures).values()];
    const pngs = [await encodePng(1, 1, new Uint8Array([1, 2, 3, 255])), await encodePng(1, 1, new Uint8Array([4, 5, 6, 255]))];
    const files: [string, Uint8Array][] = [
      ['media/b.png', standIns[1]!],
      ['media/a.png', standIns[0]!],
      ['media/other.png', pngs[0]!],
    ];
    expect(standInReplacements(files, pngs)).toEqual(new Map([['media/b.png', pngs[1]], ['media/a.png', pngs[0]]]));
    expect(() => standInReplacements(files.slice(1), pngs)).toThrow(/Only 1 of 2 map pictures/);
  });
});
