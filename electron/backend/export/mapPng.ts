import { Resvg } from '@resvg/resvg-js';
import type { MapPicture } from '../../../shared/document/blockTypes.ts';

/** Rasterises a map picture to PNG at `width` pixels (no browser needed: resvg with the system fonts). */
export function mapPng(picture: MapPicture, width: number): Uint8Array {
  const renderer = new Resvg(picture.svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(width)) },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  return new Uint8Array(renderer.render().asPng());
}

/** Size of a picture scaled to fit a box, keeping its proportions. */
export function fitInside(picture: MapPicture, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / picture.width, maxHeight / picture.height);
  return { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) };
}
