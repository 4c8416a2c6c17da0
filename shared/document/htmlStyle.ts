import type { PaperSize } from '../api.ts';
import { DOCUMENT_FONTS } from './fonts.ts';

/** Page margins of the printed plan (the PDF header and footer sit inside the top and bottom margins). */
export const PAGE_MARGINS = { top: '22mm', right: '16mm', bottom: '20mm', left: '16mm' } as const;

/** Height of a page's printable area in millimetres (the page less the top and bottom margins). */
export function pageContentHeight(paper: PaperSize): number {
  return (paper === 'letter' ? 279.4 : 297) - parseFloat(PAGE_MARGINS.top) - parseFloat(PAGE_MARGINS.bottom);
}

/** CSS page size of a paper size. */
export function cssPageSize(paper: PaperSize): string {
  return paper === 'letter' ? 'letter' : 'A4';
}

/** The document's stylesheet: quiet, print-first, readable on screen too. */
export function documentCss(paper: PaperSize): string {
  const { top, right, bottom, left } = PAGE_MARGINS;
  const content = pageContentHeight(paper);
  // A picture leaves room on its page for a sub-heading, a two-line legend and its caption, which stay with it.
  const pictureHeight = Math.floor(content - 40);
  return `
@page { size: ${cssPageSize(paper)}; margin: ${top} ${right} ${bottom} ${left}; }
:root { --ink: #1f2937; --muted: #6b7280; --line: #d1d5db; --accent: #1f3a5f; --band: #f3f4f6; --warn: #b45309; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); font: 10.5pt/1.45 ${DOCUMENT_FONTS}; }
main, .title-page, nav.toc { max-width: 190mm; margin: 0 auto; padding: 0 6mm; }
h1, h2, h3, h4 { color: var(--accent); line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2.section { font-size: 20pt; margin: 0 0 2mm; padding-bottom: 2mm; border-bottom: 2px solid var(--accent); }
h3 { font-size: 13.5pt; margin: 7mm 0 2mm; }
h4 { font-size: 11.5pt; margin: 5mm 0 1.5mm; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
p.question { color: var(--muted); font-style: italic; margin-bottom: 5mm; }
.page-break { break-before: page; page-break-before: always; height: 0; }
.title-page { min-height: ${Math.floor(content - 15)}mm; display: flex; flex-direction: column; justify-content: center; border-left: 6mm solid var(--accent); padding-left: 12mm; }
.title-page .kicker { text-transform: uppercase; letter-spacing: 0.12em; color: var(--muted); font-size: 10pt; margin-bottom: 4mm; }
.title-page h1 { font-size: 30pt; margin: 0 0 4mm; }
.title-page .subtitle { font-size: 15pt; color: var(--ink); margin-bottom: 10mm; }
.title-page .edition { display: inline-block; font-weight: bold; color: #fff; background: var(--accent); padding: 1.5mm 4mm; border-radius: 1mm; margin-bottom: 10mm; align-self: flex-start; }
.title-page .edition.internal { background: var(--warn); }
nav.toc { break-before: page; page-break-before: always; }
nav.toc h2 { font-size: 20pt; border-bottom: 2px solid var(--accent); padding-bottom: 2mm; }
nav.toc ol { list-style: none; padding-left: 0; margin: 0; }
nav.toc ol ol { padding-left: 7mm; margin-bottom: 2mm; }
nav.toc li { margin: 1mm 0; }
nav.toc > ol > li > a { font-weight: bold; font-size: 12pt; }
nav.toc a { color: var(--ink); text-decoration: none; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.2mm 6mm; margin: 0 0 5mm; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9.5pt; }
td, th { overflow-wrap: break-word; }
td.num { overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.keep, table.whole, ul.whole { break-inside: avoid; page-break-inside: avoid; }
.tail { break-before: avoid; page-break-before: avoid; }
th { text-align: left; background: var(--accent); color: #fff; font-weight: bold; padding: 1.6mm 2mm; vertical-align: bottom; }
td { padding: 1.4mm 2mm; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody tr:nth-child(even) td { background: #f9fafb; }
th.num, td.num { text-align: right; }
tr.total td { border-top: 2px solid var(--accent); border-bottom: none; background: var(--band); }
table.swot { table-layout: fixed; }
table.swot td { width: 50%; padding: 3mm; border: 1px solid var(--line); background: #fff; }
table.swot h4 { margin: 0 0 2mm; }
table.swot ul { margin: 0; padding-left: 5mm; }
ul { margin: 0 0 3mm; padding-left: 6mm; }
li { margin: 0.6mm 0; break-inside: avoid; page-break-inside: avoid; }
aside.callout { border-left: 4px solid var(--accent); background: #eef2f7; padding: 2.5mm 4mm; margin: 0 0 4mm; break-inside: avoid; }
aside.callout.warning { border-left-color: var(--warn); background: #fef3c7; }
p.lead { margin-top: 3mm; break-after: avoid; page-break-after: avoid; }
p.legend { break-after: avoid; page-break-after: avoid; }
figure.map { margin: 0 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure.map svg { display: block; max-width: 100%; height: auto; max-height: ${pictureHeight}mm; margin: 0 auto; border: 1px solid var(--line); }
figure.map figcaption { text-align: center; }
figure.map figcaption { color: var(--muted); font-size: 9pt; margin-top: 1.5mm; }
@media screen {
  body { background: #e5e7eb; padding: 8mm 0; }
  main, .title-page, nav.toc { background: #fff; padding: 12mm 16mm; box-shadow: 0 1px 4px rgba(0,0,0,0.15); }
  .title-page { min-height: 180mm; border-left-width: 6mm; }
  nav.toc, main { margin-top: 8mm; }
  .page-break { height: 0; }
}
`;
}
