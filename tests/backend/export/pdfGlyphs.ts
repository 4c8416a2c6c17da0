import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The names of the fonts a PDF embeds, subset prefixes removed ("NotoSansArabic-Regular"; "[none]" for unnamed Type 3 fonts). */
export async function pdfFontNames(path: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [path]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .filter((name) => name !== '');
}

/** A word's box on a page, in points from the top left. */
export interface WordBox {
  word: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of every occurrence of `word` on a page (pdftotext -bbox). */
export async function wordBoxes(path: string, page: number, word: string): Promise<WordBox[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .filter((match) => match[5] === word)
    .map(([, xMin, yMin, xMax, yMax]) => ({ word, x: Number(xMin), y: Number(yMin), width: Number(xMax) - Number(xMin), height: Number(yMax) - Number(yMin) }));
}

const DPI = 144;

/** Share of the pixels in a box of a page (drawn by pdftoppm) that are saturated colour, not black, white or grey. */
export async function colourShare(path: string, page: number, box: WordBox): Promise<number> {
  const scale = DPI / 72;
  const area = [Math.floor(box.x * scale), Math.floor(box.y * scale), Math.ceil(box.width * scale), Math.ceil(box.height * scale)];
  const [x, y, width, height] = area.map(String) as [string, string, string, string];
  const { stdout } = await run('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), '-x', x, '-y', y, '-W', width, '-H', height, path], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pixels = ppmPixels(stdout);
  let coloured = 0;
  for (let at = 0; at < pixels.data.length; at += 3) {
    const channels = [pixels.data[at]!, pixels.data[at + 1]!, pixels.data[at + 2]!];
    if (Math.max(...channels) - Math.min(...channels) > 100) coloured += 1;
  }
  return coloured / (pixels.width * pixels.height);
}

/** The RGB bytes of a binary PPM (P6) image. */
export function ppmPixels(ppm: Buffer): { width: number; height: number; data: Buffer } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM image');
  return { width: Number(header[1]), height: Number(header[2]), data: ppm.subarray(header[0].length) };
}
