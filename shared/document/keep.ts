import { listLines } from './blockKit.ts';
import type { Block } from './blockTypes.ts';

/** Lists and tables up to this many lines or rows are small: they move to the next page whole rather than split. */
export const SHORT_BLOCK_LINES = 6;

/** A paragraph up to this many characters (about five printed lines) is small. */
const SHORT_PARAGRAPH_CHARS = 450;

/** Characters of a printed line of body text, about. */
const LINE_CHARS = 95;

/** The fewest lines a page of a section holds: a shorter section end takes lines from the page before with it. */
export const MIN_PAGE_LINES = 5;

/** How a block holds together across page breaks: every format applies the same rules. */
export interface BlockKeep {
  /** Keep the block on the page of the block after it (headings, lead-ins). */
  withNext: boolean;
  /** The block is small: never split it across pages. */
  whole: boolean;
}

/** True for a paragraph that is all bold: it introduces what follows, like a heading. */
export function isLeadParagraph(block: Block): boolean {
  return block.type === 'paragraph' && block.runs.length > 0 && block.runs.every((run) => run.strong);
}

/** True when a block is small enough to be kept on one page. */
export function isShortBlock(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
      return block.runs.reduce((sum, run) => sum + run.text.length, 0) <= SHORT_PARAGRAPH_CHARS;
    case 'list':
      return listLines(block.items).length <= SHORT_BLOCK_LINES;
    case 'table':
      return block.rows.length <= SHORT_BLOCK_LINES;
    case 'facts':
      return block.facts.length <= SHORT_BLOCK_LINES * 2;
    case 'heading':
    case 'callout':
    case 'grid':
    case 'map':
      return true;
    case 'title':
    case 'toc':
    case 'pageBreak':
      return false;
  }
}

/** True for an all-italic paragraph: right after a heading it says what the heading's part is about. */
function isIntroduction(block: Block): boolean {
  return block.type === 'paragraph' && block.runs.length > 0 && block.runs.every((run) => run.emphasis);
}

/** About how many printed lines a block takes (at least one); pictures count as a page. */
export function estimatedLines(block: Block): number {
  const chars = (runs: readonly { text: string }[]) => Math.max(1, Math.ceil(runs.reduce((sum, run) => sum + run.text.length, 0) / LINE_CHARS));
  switch (block.type) {
    case 'paragraph':
    case 'callout':
      return chars(block.runs);
    case 'list':
      return listLines(block.items).reduce((sum, line) => sum + chars(line.runs), 0);
    case 'table':
      return block.rows.length + 1;
    case 'facts':
      return block.facts.length;
    case 'grid':
      return Math.ceil(block.cells.reduce((sum, cell) => sum + cell.items.length + 1, 0) / 2);
    case 'map':
      return 50;
    case 'heading':
    case 'title':
    case 'toc':
    case 'pageBreak':
      return 1;
  }
}

/**
 * The keep rules of a block, given the block before it: headings, lead-ins and a heading's italic introduction
 * stay with what follows; small blocks stay whole.
 */
export function blockKeep(block: Block, before?: Block): BlockKeep {
  const introduces = block.type === 'heading' || isLeadParagraph(block) || (before?.type === 'heading' && isIntroduction(block));
  return { withNext: introduces, whole: isShortBlock(block) };
}

/** Blocks that stay on one page together, and whether they end a section (and so stay with the group before them). */
export interface KeepGroup {
  blocks: Block[];
  /**
   * The last group of a section when it is shorter than MIN_PAGE_LINES: it is printed with the end of the group
   * before it, so a section's last page never holds only a few lines.
   */
  tail: boolean;
}

/**
 * The blocks cut into runs that stay on one page together: each heading or lead-in with the headings and lead-ins
 * after it and the first block they introduce; every other block on its own. Page breaks are groups of their own.
 */
export function keepGroups(blocks: readonly Block[]): KeepGroup[] {
  const groups: KeepGroup[] = [];
  let open: Block[] = [];
  const close = () => {
    if (open.length > 0) groups.push({ blocks: open, tail: false });
    open = [];
  };
  const endSection = () => {
    const last = groups.at(-1);
    const before = groups.at(-2);
    if (!last || !before || before.blocks[0]?.type === 'pageBreak') return;
    last.tail = last.blocks.reduce((sum, block) => sum + estimatedLines(block), 0) <= MIN_PAGE_LINES;
  };
  blocks.forEach((block, at) => {
    if (block.type === 'pageBreak') {
      close();
      endSection();
      groups.push({ blocks: [block], tail: false });
      return;
    }
    open.push(block);
    if (!blockKeep(block, blocks[at - 1]).withNext) close();
  });
  close();
  endSection();
  return groups;
}
