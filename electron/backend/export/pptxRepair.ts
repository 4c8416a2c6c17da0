import JSZip from 'jszip';
import { escapeXml } from '../../../shared/document/mapText.ts';
import { standInReplacements } from './mapPng.ts';
import { setScriptFonts } from './pptxFonts.ts';
import { zipArchive } from './zip.ts';
import type { ZipEntry } from './zip.ts';

/**
 * Moves pptxgenjs 4's paragraph properties back where PowerPoint expects them. pptxgenjs writes an `<a:pPr>`
 * before every run of a paragraph, but the schema allows one, first: PowerPoint then asks to repair the file.
 * Keeps the first `<a:pPr>` of each paragraph and drops the ones after a run.
 */
export function fixParagraphProperties(slideXml: string): string {
  return slideXml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (paragraph, body: string) => {
    const firstRun = body.search(/<a:(r|br|fld)[\s>]/);
    if (firstRun < 0) return paragraph;
    const head = body.slice(0, firstRun);
    const rest = body.slice(firstRun).replace(/<a:pPr(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '');
    return `<a:p>${head}${rest}</a:p>`;
  });
}

/**
 * Sets the company in `docProps/app.xml`, escaped. pptxgenjs 4 writes `deck.company` into it unescaped, so a
 * name such as "AT&T" made a file that PowerPoint and LibreOffice refuse: the deck leaves it empty and it is set here.
 */
export function setCompany(appXml: string, company: string): string {
  const element = `<Company>${escapeXml(company)}</Company>`;
  if (/<Company>[^<]*<\/Company>|<Company\/>/.test(appXml)) return appXml.replace(/<Company>[^<]*<\/Company>|<Company\/>/, () => element);
  return appXml.replace('</Properties>', () => `${element}</Properties>`);
}

/** Document properties set while the file is finished (see setCompany). */
export interface PptxProperties {
  company: string;
}

/**
 * Finishes a PPTX file as pptxgenjs writes it (uncompressed): applies the paragraph fix to every slide, layout and
 * master, sets the escaped company, puts the map pictures in place of their stand-ins once `mapPngs` resolves, and
 * compresses the file.
 */
export async function repairPptx(data: Uint8Array, mapPngs: Promise<readonly Uint8Array[]>, properties: PptxProperties): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const entries: ZipEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(file.name)) {
      entries.push({ name: file.name, data: Buffer.from(setScriptFonts(fixParagraphProperties(await file.async('string'))), 'utf8') });
    } else if (/^ppt\/theme\/[^/]+\.xml$/.test(file.name)) {
      entries.push({ name: file.name, data: Buffer.from(setScriptFonts(await file.async('string')), 'utf8') });
    } else if (file.name === 'docProps/app.xml') {
      entries.push({ name: file.name, data: Buffer.from(setCompany(await file.async('string'), properties.company), 'utf8') });
    } else entries.push({ name: file.name, data: await file.async('uint8array'), store: file.dir });
  }
  const pictures = standInReplacements(
    entries.filter((entry) => entry.name.endsWith('.png')).map((entry) => [entry.name, entry.data] as const),
    await mapPngs,
  );
  // PNGs are stored as they are: they are compressed already, and deflating them again is slow and gains nothing.
  return zipArchive(entries.map((entry) => (entry.name.endsWith('.png') ? { ...entry, data: pictures.get(entry.name) ?? entry.data, store: true } : entry)));
}
