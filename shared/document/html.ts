import type { PaperSize } from '../api.ts';
import type { Block, BlockOf, Fact, ListItem, Run } from './blockTypes.ts';
import { isTocHeading } from './blockTypes.ts';
import { listLines } from './blockKit.ts';
import { documentCss } from './htmlStyle.ts';
import { isLeadParagraph, isShortBlock, keepGroups } from './keep.ts';
import { escapeXml } from './mapText.ts';

/** Escapes a user string for HTML text and attribute values. */
export const escapeHtml = escapeXml;

/** Options of the HTML document. */
export interface HtmlOptions {
  paper: PaperSize;
  /** The browser tab / window title. */
  title: string;
}

function inline(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text).replace(/\r?\n/g, '<br>');
      if (run.emphasis) html = `<em>${html}</em>`;
      if (run.strong) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function list(items: readonly ListItem[], whole = false): string {
  const out: string[] = [whole ? '<ul class="whole">' : '<ul>'];
  let level = 0;
  listLines(items).forEach((line, at) => {
    if (at > 0 && line.level > level) out.push('<ul>');
    else if (at > 0) out.push('</li>', '</ul></li>'.repeat(level - line.level));
    out.push(`<li>${inline(line.runs)}`);
    level = line.level;
  });
  if (items.length > 0) out.push('</li>', '</ul></li>'.repeat(level));
  out.push('</ul>');
  return out.join('');
}

function facts(items: readonly Fact[]): string {
  return `<dl class="facts">${items.map((item) => `<dt>${escapeHtml(item.label)}</dt><dd>${inline(item.value)}</dd>`).join('')}</dl>`;
}

function table(block: BlockOf<'table'>): string {
  const numeric = block.columns.map((column) => (column.align === 'right' ? ' class="num"' : ''));
  const total = block.columns.reduce((sum, column) => sum + column.weight, 0);
  const colgroup = block.columns.map((column) => `<col style="width:${((column.weight / total) * 100).toFixed(1)}%">`).join('');
  const head = block.columns.map((column, at) => `<th scope="col"${numeric[at]}>${escapeHtml(column.header)}</th>`).join('');
  const firstTotal = block.rows.length - (block.totalRows ?? 0);
  const rows = block.rows.map((row, index) => {
    const cells = block.columns.map((_, at) => `<td${numeric[at]}>${inline(row[at] ?? [])}</td>`).join('');
    return `<tr${index >= firstTotal ? ' class="total"' : ''}>${cells}</tr>`;
  });
  return `<table${isShortBlock(block) ? ' class="whole"' : ''}><colgroup>${colgroup}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function toc(blocks: readonly Block[], title: string): string {
  const out: string[] = [];
  let open = false;
  for (const block of blocks) {
    if (!isTocHeading(block)) continue;
    const link = `<a href="#${escapeHtml(block.id)}">${escapeHtml(block.text)}</a>`;
    if (block.level === 1) {
      if (open) out.push('</ol></li>');
      out.push(`<li>${link}<ol>`);
      open = true;
    } else out.push(`<li>${link}</li>`);
  }
  if (open) out.push('</ol></li>');
  return `<nav class="toc"><h2>${escapeHtml(title)}</h2><ol>${out.join('').replaceAll('<ol></ol>', '')}</ol></nav>`;
}

/** A picture block: the legend and the first picture stay together, as each picture stays with its caption. */
function pictures(block: BlockOf<'map'>): [head: string, tail: string] {
  const figures = block.pictures.map((picture) => `<figure class="map">${picture.svg}<figcaption>${escapeHtml(picture.title)}</figcaption></figure>`);
  const legend = `<p class="legend"><em>${escapeHtml(block.legend)}</em></p>`;
  return [`<div class="keep">${legend}\n${figures[0] ?? ''}</div>`, figures.slice(1).join('\n')];
}

function render(block: Block, all: readonly Block[]): string {
  switch (block.type) {
    case 'title':
      return [
        '<section class="title-page">',
        '<div class="kicker">Strategic account plan</div>',
        `<h1>${escapeHtml(block.title)}</h1>`,
        `<div class="subtitle">${escapeHtml(block.subtitle)}</div>`,
        `<div class="edition${block.edition.startsWith('Internal') ? ' internal' : ''}">${escapeHtml(block.edition)}</div>`,
        facts(block.facts),
        '</section>',
      ].join('\n');
    case 'toc':
      return toc(all, block.title);
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag} id="${escapeHtml(block.id)}"${block.level === 1 ? ' class="section"' : ''}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${isLeadParagraph(block) ? ' class="lead"' : ''}>${inline(block.runs)}</p>`;
    case 'list':
      return list(block.items, isShortBlock(block));
    case 'table':
      return table(block);
    case 'facts':
      return facts(block.facts);
    case 'grid': {
      const cells = block.cells.map((quadrant) => `<td><h4>${escapeHtml(quadrant.title)}</h4>${list(quadrant.items)}</td>`);
      const rows: string[] = [];
      for (let at = 0; at < cells.length; at += 2) rows.push(`<tr>${cells.slice(at, at + 2).join('')}</tr>`);
      return `<table class="swot"><tbody>${rows.join('')}</tbody></table>`;
    }
    case 'callout':
      return `<aside class="callout${block.tone === 'warning' ? ' warning' : ''}">${inline(block.runs)}</aside>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'map':
      return pictures(block).filter(Boolean).join('\n');
  }
}

/**
 * The body: each heading or lead-in printed on one page with what it introduces (the whole of a small block, the
 * legend and first picture of pictures; Chromium keeps a heading with the first lines of a long block by itself),
 * and each section's last group with the end of the group before it.
 */
function body(blocks: readonly Block[], all: readonly Block[]): string[] {
  const out: string[] = [];
  for (const { blocks: group, tail } of keepGroups(blocks)) {
    const last = group.at(-1)!;
    const together = group.length > 1 && isShortBlock(last);
    const [head, rest] = together && last.type === 'map' ? pictures(last) : [render(last, all), ''];
    const inner = [...group.slice(0, -1).map((block) => render(block, all)), head].join('\n');
    const classes = [...(together ? ['keep'] : []), ...(tail ? ['tail'] : [])];
    out.push(classes.length > 0 ? `<div class="${classes.join(' ')}">${inner}</div>` : inner);
    if (rest) out.push(rest);
  }
  return out;
}

/** A self-contained HTML document (inline CSS and SVG, no scripts, no outside requests), print-ready. */
export function renderHtml(blocks: readonly Block[], options: HtmlOptions): string {
  const front = blocks.filter((block) => block.type === 'title' || block.type === 'toc');
  const main = blocks.filter((block) => block.type !== 'title' && block.type !== 'toc');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${documentCss(options.paper)}</style>`,
    '</head>',
    '<body>',
    ...front.map((block) => render(block, blocks)),
    '<main>',
    ...body(main, blocks),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
