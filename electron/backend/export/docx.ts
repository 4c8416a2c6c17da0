import { AlignmentType, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import JSZip from 'jszip';
import type { PaperSize } from '../../../shared/api.ts';
import type { Block, BlockOf } from '../../../shared/document/blockTypes.ts';
import { blockKeep, keepGroups } from '../../../shared/document/keep.ts';
import { ARABIC_FONT, CJK_FONT } from '../../../shared/document/fonts.ts';
import { DOCX_COLORS, docxBlock, docxMapSize, textRuns } from './docxBlocks.ts';
import type { DocxKeep } from './docxBlocks.ts';
import { mapPicturesOf, mapStandIns, rasteriseMaps, standInReplacements } from './mapPng.ts';

/** What the Word document needs beyond its blocks. */
export interface DocxOptions {
  paper: PaperSize;
  title: string;
  accountName: string;
  planTitle: string;
  /** Words naming the edition, e.g. "Customer edition". */
  edition: string;
}

/** Page sizes in twentieths of a point. */
const PAGES = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
const MARGIN = { top: 1247, bottom: 1134, left: 907, right: 907, header: 567, footer: 567 };
// Word and LibreOffice take a run's font by script: Latin, Greek and Cyrillic from Arial, Chinese and Arabic from the
// Noto fonts (Word falls back to its own where they are missing). Emoji fall back to the system's colour emoji font.
const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: CJK_FONT, cs: ARABIC_FONT };
// Word 2016 and later show the SVG. Older Word, LibreOffice (7.4 at least) and other readers without SVG show the
// PNG fallback, drawn at the displayed size (96 dpi: sharp on screen at 100 %, soft when zoomed or printed). The
// rasterising is most of a large plan's DOCX export: 1.25 times the size costs about 70 ms more at 500 items, and
// 1.5 times about 120 ms, which the 1-second target does not leave room for on two cores.
const FALLBACK_PNG_SCALE = 1;

function titlePage(block: BlockOf<'title'>): FileChild[] {
  return [
    new Paragraph({ spacing: { before: 2400, after: 200 }, children: [new TextRun({ text: 'STRATEGIC ACCOUNT PLAN', color: DOCX_COLORS.muted, size: 20 })] }),
    new Paragraph({ style: 'Title', children: [new TextRun(block.title)] }),
    new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: block.subtitle, size: 30 })] }),
    new Paragraph({
      spacing: { after: 480 },
      children: [new TextRun({ text: block.edition, bold: true, color: block.edition.startsWith('Internal') ? DOCX_COLORS.warn : DOCX_COLORS.accent, size: 24 })],
    }),
    ...block.facts.map(
      (fact) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${fact.label}: `, color: DOCX_COLORS.muted }), ...textRuns(fact.value)] }),
    ),
  ];
}

/**
 * Word's keep rules of the blocks, from the shared ones: each block of a keep group but the last keeps with the
 * next, a short block keeps its lines together, and the block before a short section end keeps with it.
 */
function blockKeeps(blocks: readonly Block[]): Map<Block, DocxKeep> {
  const keeps = new Map<Block, DocxKeep>();
  const groups = keepGroups(blocks);
  groups.forEach((group, at) => {
    const tiedToNext = groups[at + 1]?.tail === true;
    group.blocks.forEach((block, index) => {
      const last = index === group.blocks.length - 1;
      const { whole } = blockKeep(block, group.blocks[index - 1]);
      keeps.set(block, { next: !last || tiedToNext, whole: whole || group.tail });
    });
  });
  return keeps;
}

/** A Word document with real heading styles (navigation pane, TOC field), header rows on tables and the map as a picture. */
export async function renderDocx(blocks: readonly Block[], options: DocxOptions): Promise<Uint8Array> {
  const page = PAGES[options.paper];
  const layout = { contentWidth: page.width - MARGIN.left - MARGIN.right, contentHeight: page.height - MARGIN.top - MARGIN.bottom };
  const pictures = mapPicturesOf(blocks);
  // The map pictures are drawn on the threadpool while the document is built with stand-ins, swapped in at the end.
  const rendering = rasteriseMaps(pictures, (picture) => docxMapSize(picture, layout).width * FALLBACK_PNG_SCALE);
  const standIns = mapStandIns(pictures);
  const children: FileChild[] = [];
  const keeps = blockKeeps(blocks);
  let breakNext = false;
  for (const block of blocks) {
    if (block.type === 'title') children.push(...titlePage(block));
    else if (block.type === 'pageBreak') breakNext = true;
    else {
      children.push(...docxBlock(block, layout, breakNext, standIns, keeps.get(block)));
      breakNext = false;
    }
  }
  const small = { size: 16, color: DOCX_COLORS.muted };
  const document = new Document({
    creator: 'Account Atlas',
    title: options.title,
    description: `${options.planTitle} — ${options.edition}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 100, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 56, bold: true, color: DOCX_COLORS.accent }, paragraph: { spacing: { after: 200 } } },
        heading1: { run: { font: FONT, size: 36, bold: true, color: DOCX_COLORS.accent }, paragraph: { spacing: { before: 0, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 27, bold: true, color: DOCX_COLORS.accent }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: DOCX_COLORS.accent }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { titlePage: true, page: { size: page, margin: MARGIN } },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: `${options.accountName} · ${options.planTitle}`, ...small })] })],
          }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${options.edition} · `, ...small }),
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
  const pngFiles = Object.values(zip.files).filter((file) => !file.dir && file.name.endsWith('.png'));
  const files = await Promise.all(pngFiles.map(async (file) => [file.name, await file.async('uint8array')] as const));
  // Stored as they are: PNGs are compressed already, and deflating them again is slow and gains nothing.
  for (const [name, png] of standInReplacements(files, await rendering)) zip.file(name, png, { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
