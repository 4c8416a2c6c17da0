import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { renderAsync } from '@resvg/resvg-js';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { mapFontOptions } from '../../../electron/backend/export/mapFonts.ts';
import { closeSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import { TODAY } from '../../shared/document/fixtures.ts';
import { WORLD_ACCOUNT, WORLD_NAMES, worldNamesDocument } from '../../shared/document/worldNames.ts';
import { colourShare, pdfFontNames, wordBoxes } from './pdfGlyphs.ts';
import { decodePng, saturatedCount } from './pngPixels.ts';
import { keep, officeToPdf, pdfText } from './readers.ts';

const run = promisify(execFile);
const GLOBE = [...WORLD_ACCOUNT].at(-1)!;

async function exported(format: 'pdf' | 'docx' | 'pptx'): Promise<string> {
  const result = await exportDocument(worldNamesDocument(), { planId: 'p', format, edition: 'internal', paper: 'a4', includeMap: true }, { today: TODAY });
  const path = keep(result, `world-names.${format}`);
  return format === 'pdf' ? path : officeToPdf(path);
}

/** The most coloured of the globe emoji's boxes on the title page (the account's name is in the title and subtitle). */
async function globeColour(pdf: string): Promise<number> {
  const boxes = await wordBoxes(pdf, 1, GLOBE);
  expect(boxes.length, 'the globe emoji on the title page').toBeGreaterThan(0);
  return Math.max(...(await Promise.all(boxes.map((box) => colourShare(pdf, 1, box)))));
}

// LibreOffice draws colour emoji in PDF from 7.5 on; 7.4 (Debian 12) embeds the colour font, whose glyphs have no
// outlines, so the emoji is in the text but blank on the page.
async function libreOfficeDrawsColourEmoji(): Promise<boolean> {
  const { stdout } = await run('soffice', ['--version']);
  const [major, minor] = (/LibreOffice (\d+)\.(\d+)/.exec(stdout) ?? []).slice(1).map(Number) as [number, number];
  return major > 7 || (major === 7 && minor >= 5);
}

/** Strongly coloured pixels of the map pictures of a Word file of `plan`. */
async function mapColour(plan: ReturnType<typeof worldNamesDocument>, format: 'docx'): Promise<number> {
  const result = await exportDocument(plan, { planId: 'p', format, edition: 'internal', paper: 'a4', includeMap: true }, { today: TODAY });
  const zip = await JSZip.loadAsync(Buffer.from(result.base64, 'base64'));
  const pngs = zip.file(/^word\/media\/.*\.png$/);
  expect(pngs.length, 'map pictures in the file').toBeGreaterThan(0);
  const counts = await Promise.all(pngs.map(async (file) => saturatedCount(decodePng(await file.async('uint8array')))));
  return counts.reduce((sum, count) => sum + count, 0);
}

describe('names in every script and with emoji, in every document', () => {
  afterAll(closeSharedChromium);

  it('prints them in the PDF with the Noto fonts and the emoji in colour', async () => {
    const pdf = await exported('pdf');
    const text = await pdfText(pdf);
    for (const name of WORLD_NAMES) expect(text, name).toContain(name);
    const fonts = await pdfFontNames(pdf);
    expect(fonts, 'Arabic drawn by its Noto font, not by a fallback').toContain('NotoSansArabic-Regular');
    expect(await globeColour(pdf)).toBeGreaterThan(0.05);
  });

  it.each(['docx', 'pptx'] as const)('writes %s that LibreOffice shows with the Chinese, Arabic and emoji fonts', async (format) => {
    const pdf = await exported(format);
    const text = await pdfText(pdf);
    for (const name of WORLD_NAMES) expect(text, name).toContain(name);
    const fonts = await pdfFontNames(pdf);
    expect(fonts.some((font) => font.startsWith('NotoSansCJK')), fonts.join(', ')).toBe(true);
    expect(fonts, 'Arabic drawn by its Noto font, not by a fallback').toContain('NotoSansArabic-Regular');
    expect(fonts).toContain('NotoColorEmoji');
    if (await libreOfficeDrawsColourEmoji()) expect(await globeColour(pdf)).toBeGreaterThan(0.05);
  });

  it('draws the emoji of names in colour in the map pictures of docx', async () => {
    const document = worldNamesDocument();
    const withoutEmoji = { ...document, nodes: document.nodes.map((node) => ({ ...node, label: node.label.replace(/\s*\p{Extended_Pictographic}\s*/gu, ' ').trim() })) };
    // Card kinds are coloured too: the same plan without emoji has all the colour but the emoji's.
    const [emoji = 0, plain = 0] = await Promise.all([document, withoutEmoji].map((plan) => mapColour(plan, 'docx')));
    expect(plain, 'the cards are coloured').toBeGreaterThan(0);
    expect(emoji - plain, 'the globe and the rocket in colour (none without the twemoji pictures)').toBeGreaterThan(100);
  });

  it('writes the names with their emoji as text on the map slides of pptx, for the reader to draw with its emoji font', async () => {
    const result = await exportDocument(worldNamesDocument(), { planId: 'p', format: 'pptx', edition: 'internal', paper: 'a4', includeMap: true }, { today: TODAY });
    const zip = await JSZip.loadAsync(Buffer.from(result.base64, 'base64'));
    const slides = await Promise.all(zip.file(/^ppt\/slides\/slide\d+\.xml$/).map((file) => file.async('string')));
    const runs = slides.flatMap((xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]!));
    for (const name of WORLD_NAMES) expect(runs.some((run) => run.includes(name)), name).toBe(true);
    expect(zip.file(/^ppt\/media\/.*\.png$/), 'map slides are shapes and text, not pictures').toHaveLength(0);
  });

  it('draws Chinese and Arabic names in map pictures with the Noto files, not as empty boxes', async () => {
    const svg = (label: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40" font-family="'Liberation Sans', 'Noto Sans CJK SC', 'Noto Sans Arabic', sans-serif"><text x="4" y="28" font-size="24">${label}</text></svg>`;
    const font = mapFontOptions(svg('王小明 محمد العلي'));
    expect(font.loadSystemFonts, 'only the fonts the text needs, found by path').toBe(false);
    expect(font.fontFiles?.some((file) => file.endsWith('NotoSansCJK-Regular.ttc'))).toBe(true);
    expect(font.fontFiles?.some((file) => file.endsWith('NotoSansArabic-Regular.ttf'))).toBe(true);
    const pixels = async (label: string) => Buffer.from((await renderAsync(svg(label), { font, background: '#ffffff' })).pixels);
    // U+E000 (private use) is in none of these fonts: resvg draws it as it would a letter no font has.
    const names = await pixels('王小明 محمد العلي');
    expect(names.equals(await pixels('\ue000\ue000\ue000 \ue000\ue000\ue000\ue000 \ue000\ue000\ue000\ue000\ue000'))).toBe(false);
    expect(names.some((value) => value < 128)).toBe(true);
  });
});
