import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Block } from '../../../shared/document/blockTypes.ts';
import { runsText } from '../../../shared/document/blockTypes.ts';
import { isLeadParagraph } from '../../../shared/document/keep.ts';
import { pdfPages } from './readers.ts';

const run = promisify(execFile);

/** The fewest lines of content a page of the plan may hold, apart from the cover and the map pages. */
export const MIN_CONTENT_LINES = 5;

/** The non-empty lines of one page as pdftotext -layout reads them, whitespace collapsed. */
export async function pageLines(path: string, page: number): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { maxBuffer: 16 * 1024 * 1024 });
  return stdout
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** What a printed page's running header and footer look like: they are not content. */
export interface RunningLines {
  header: RegExp;
  footer: RegExp;
}

/** Every page's content lines (running header and footer left out), page 1 first. */
export async function contentPages(path: string, running: RunningLines): Promise<string[][]> {
  const pages = await pdfPages(path);
  const out: string[][] = [];
  for (let page = 1; page <= pages; page += 1) {
    const lines = await pageLines(path, page);
    if (lines.length > 0 && running.header.test(lines[0]!)) lines.shift();
    if (lines.length > 0 && running.footer.test(lines.at(-1)!)) lines.pop();
    out.push(lines);
  }
  return out;
}

/** Pages (1 first, as indexes from 0) holding a raster picture at least three inches tall (pdfimages). */
export async function picturePages(path: string): Promise<Set<number>> {
  const { stdout } = await run('pdfimages', ['-list', path]);
  const pages = new Set<number>();
  for (const line of stdout.split('\n').slice(2)) {
    const [page, , type, , height, , , , , , , , , yPpi] = line.trim().split(/\s+/);
    if (type === 'image' && Number(height) / Number(yPpi) >= 3) pages.add(Number(page) - 1);
  }
  return pages;
}

/**
 * What wastes a page in a printed plan: a page (but the cover and the map pages) with fewer than five lines of
 * content, a page ending with a heading or lead-in, and a picture's legend printed apart from its caption. Pages in
 * `pictured` hold a picture whose text the reader cannot see (a raster fallback): they need no five lines.
 */
export function pageFillProblems(pages: readonly string[][], blocks: readonly Block[], pictured: ReadonlySet<number> = new Set()): string[] {
  const problems: string[] = [];
  const headings = new Set(
    blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : isLeadParagraph(block) && block.type === 'paragraph' ? [runsText(block.runs)] : [])),
  );
  // A caption comes after its legend (and its picture) on the page: pages whose last line is a caption end well.
  const captionEnds = new Set<number>();
  for (const block of blocks) {
    if (block.type !== 'map' || block.pictures.length === 0) continue;
    const title = block.pictures[0]!.title;
    const start = block.legend.slice(0, 40);
    const page = pages.findIndex((lines) => lines.join(' ').includes(start));
    if (page < 0) {
      problems.push(`the legend "${start}…" is on no page`);
      continue;
    }
    const lines = pages[page]!;
    const legendAt = lines.findIndex((line) => line.startsWith(start.slice(0, 20)));
    const captionAt = lines.findIndex((line, at) => at > legendAt && line === title);
    if (captionAt < 0) problems.push(`page ${page + 1} holds the legend "${start}…" but not the caption "${title}" of its picture`);
    if (captionAt === lines.length - 1) captionEnds.add(page);
  }
  // The map section starts on a page of its own with its heading; the contents page (2) lists it too.
  const mapStart = pages.findIndex((lines, at) => at > 1 && lines.includes('Account map'));
  const checked = mapStart < 0 ? pages.length : mapStart;
  for (let at = 1; at < checked; at += 1) {
    const lines = pages[at]!;
    if (lines.length < MIN_CONTENT_LINES && !pictured.has(at)) problems.push(`page ${at + 1} holds ${lines.length} lines: ${JSON.stringify(lines)}`);
    const last = lines.at(-1);
    // The contents page lists headings, and may end with one.
    const contents = lines[0] === 'Contents';
    if (last !== undefined && headings.has(last) && !captionEnds.has(at) && !contents) problems.push(`page ${at + 1} ends with the heading "${last}"`);
  }
  return problems;
}
