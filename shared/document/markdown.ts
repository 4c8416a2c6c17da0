import type { Block, BlockOf, Fact, ListItem, Run } from './blockTypes.ts';
import { isTocHeading } from './blockTypes.ts';
import { listLines } from './blockKit.ts';

/** Escapes a user string so Markdown shows it as typed (never as emphasis, link, HTML, table cell break or heading). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** Escapes what would start a block at the beginning of a line: list markers, "1.", "=", "+". */
function escapeLineStart(line: string): string {
  return line
    .replace(/^\s+/, '')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/** Inline Markdown of runs; newlines become hard breaks followed by `indent`. */
function inline(runs: readonly Run[], indent = '', blockStart = true): string {
  const text = runs
    .filter((run) => run.text.length > 0)
    .map((run) => {
      const lines = run.text.split(/\r?\n/).filter((line, at) => at === 0 || line.trim()).map((line, at) => (at === 0 ? escapeMarkdown(line) : escapeLineStart(escapeMarkdown(line))));
      const body = lines.join(`\\\n${indent}`);
      const marker = run.strong ? '**' : run.emphasis ? '*' : '';
      if (!marker || !body.trim()) return body;
      const lead = /^\s*/.exec(body)?.[0] ?? '';
      const trail = /\s*$/.exec(body)?.[0] ?? '';
      return `${lead}${marker}${body.trim()}${marker}${trail}`;
    })
    .join('');
  return blockStart ? escapeLineStart(text) : text;
}

/** Inline Markdown for a table cell: one line, pipes escaped. */
function cell(runs: readonly Run[]): string {
  return inline(runs.map((run) => ({ ...run, text: run.text.replace(/\s*\r?\n\s*/g, ' ') })), '', false) || ' ';
}

/** A GitHub-style heading anchor, so table-of-contents links work on common Markdown hosts. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function list(items: readonly ListItem[]): string[] {
  return listLines(items).map((line) => {
    const indent = '  '.repeat(line.level);
    return `${indent}- ${inline(line.runs, `${indent}  `)}`;
  });
}

function facts(items: readonly Fact[]): string {
  return items.map((item) => `- **${escapeMarkdown(item.label)}:** ${inline(item.value, '  ', false)}`).join('\n');
}

function table(block: BlockOf<'table'>): string {
  const header = `| ${block.columns.map((column) => escapeMarkdown(column.header)).join(' | ')} |`;
  const rule = `| ${block.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const rows = block.rows.map((row) => `| ${block.columns.map((_, at) => cell(row[at] ?? [])).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}

/** Anchors of the headings as GitHub numbers repeated ones ("notes", "notes-1", ...). */
function headingAnchors(blocks: readonly Block[]): Map<Block, string> {
  const counts = new Map<string, number>();
  const anchors = new Map<Block, string>();
  const texts = blocks.flatMap((block): [Block, string][] => {
    if (block.type === 'title') return [[block, block.title]];
    if (block.type === 'toc' || block.type === 'heading') return [[block, block.type === 'toc' ? block.title : block.text]];
    return [];
  });
  for (const [block, text] of texts) {
    const slug = headingSlug(text);
    const seen = counts.get(slug) ?? 0;
    counts.set(slug, seen + 1);
    anchors.set(block, seen === 0 ? slug : `${slug}-${seen}`);
  }
  return anchors;
}

function toc(blocks: readonly Block[], title: string): string {
  const anchors = headingAnchors(blocks);
  const lines = [`## ${escapeMarkdown(title)}`, ''];
  for (const block of blocks) {
    if (!isTocHeading(block)) continue;
    const indent = block.level === 1 ? '' : '  ';
    lines.push(`${indent}- [${escapeMarkdown(block.text)}](#${anchors.get(block) ?? headingSlug(block.text)})`);
  }
  return lines.join('\n');
}

function render(block: Block, all: readonly Block[]): string | null {
  switch (block.type) {
    case 'title':
      return [
        `# ${escapeMarkdown(block.title)}`,
        inline([{ text: block.subtitle, emphasis: true }]),
        inline([{ text: block.edition, strong: true }]),
        facts(block.facts),
      ].join('\n\n');
    case 'toc':
      return toc(all, block.title);
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return inline(block.runs);
    case 'list':
      return list(block.items).join('\n');
    case 'table':
      return table(block);
    case 'facts':
      return facts(block.facts);
    case 'grid':
      return block.cells.map((quadrant) => `**${escapeMarkdown(quadrant.title)}**\n\n${list(quadrant.items).join('\n')}`).join('\n\n');
    case 'callout':
      return `> ${block.tone === 'warning' ? '**Attention:** ' : ''}${inline(block.runs, '> ')}`;
    case 'pageBreak':
      return null;
    case 'map':
      // A picture drawn from plan data with its outline given as text just before it (org chart): the legend says it all.
      if (block.tree.length === 0) return inline([{ text: block.legend, emphasis: true }]);
      return [
        inline([{ text: block.legend, emphasis: true }]),
        inline([{ text: 'The picture is in the HTML, PDF, Word and PowerPoint documents; here is its outline.' }]),
        list(block.tree).join('\n'),
      ].join('\n\n');
  }
}

/** CommonMark with GFM tables: the plan for wikis, email and version control. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const parts = blocks.map((block) => render(block, blocks)).filter((part): part is string => part !== null && part !== '');
  return `${parts.join('\n\n')}\n`;
}
