import { renderAsync } from '@resvg/resvg-js';
import type { Block, MapPicture } from '../../../shared/document/blockTypes.ts';
import { drawEmojiAsPictures } from './mapEmoji.ts';
import { mapFontOptions } from './mapFonts.ts';
import { encodePng, pngTag, taggedPng } from './png.ts';

/** The map pictures of a document, in order. */
export function mapPicturesOf(blocks: readonly Block[]): MapPicture[] {
  return blocks.flatMap((block) => (block.type === 'map' ? block.pictures : []));
}

async function mapPng(picture: MapPicture, width: number): Promise<Uint8Array> {
  const svg = drawEmojiAsPictures(picture.svg);
  const options = { fitTo: { mode: 'width' as const, value: Math.max(1, Math.round(width)) }, font: mapFontOptions(svg), background: '#ffffff' };
  const image = await renderAsync(svg, options);
  return encodePng(image.width, image.height, image.pixels);
}

// Pictures drawn at once: enough to keep the libuv threadpool (4 threads) busy; more would only hold more
// pixel buffers alive, and their memory makes V8 collect garbage far more often.
const AT_ONCE = 4;

/**
 * PNGs of map pictures, each at the width `widthOf` gives, drawn with resvg (no browser needed). Its async render
 * runs on the libuv threadpool, so the pictures are drawn in parallel on all cores, and while the main thread
 * builds the document.
 */
export function rasteriseMaps(pictures: readonly MapPicture[], widthOf: (picture: MapPicture) => number): Promise<Uint8Array[]> {
  const pngs: Uint8Array[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pictures.length) {
      const at = next;
      next += 1;
      const picture = pictures[at] as MapPicture;
      pngs[at] = await mapPng(picture, widthOf(picture));
    }
  };
  const rendering = Promise.all(Array.from({ length: Math.min(AT_ONCE, pictures.length) }, worker)).then(() => pngs);
  // Awaited only once the document is built: until then a failure must not count as unhandled.
  rendering.catch(() => undefined);
  return rendering;
}

const TAG_PREFIX = 'map-picture-';

/** Stand-in PNGs for map pictures, one per picture: the document is built with them while the real ones are drawn. */
export function mapStandIns(pictures: readonly MapPicture[]): Map<MapPicture, Uint8Array> {
  return new Map(pictures.map((picture, at) => [picture, taggedPng(`${TAG_PREFIX}${at}`)] as const));
}

/**
 * The rasterised map pictures to put in a written Word or PowerPoint file, by the name of the stand-in each replaces
 * (found among the file's PNG `files` by its tag). A picture without its stand-in is a bug in the caller.
 */
export function standInReplacements(files: Iterable<readonly [string, Uint8Array]>, pngs: readonly Uint8Array[]): Map<string, Uint8Array> {
  const replacements = new Map<string, Uint8Array>();
  const filled = new Set<number>();
  for (const [name, data] of files) {
    const tag = pngTag(data);
    if (!tag?.startsWith(TAG_PREFIX)) continue;
    const at = Number(tag.slice(TAG_PREFIX.length));
    const png = pngs[at];
    if (!png) throw new Error(`The stand-in ${name} is for map picture ${at}, which was not rasterised.`);
    replacements.set(name, png);
    filled.add(at);
  }
  if (filled.size !== pngs.length) throw new Error(`Only ${filled.size} of ${pngs.length} map pictures had a stand-in in the document.`);
  return replacements;
}

/** Size of a picture scaled to fit a box, keeping its proportions. */
export function fitInside(picture: MapPicture, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / picture.width, maxHeight / picture.height);
  return { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) };
}
