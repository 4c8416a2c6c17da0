import type { Edition } from '../api.ts';
import type { NodeKind } from '../kinds/index.ts';
import { kindOf } from '../kinds/index.ts';
import type { PlanNode } from '../model.ts';
import type { Block, BlockOf, Column, Fact, ListItem, Run } from './blockTypes.ts';
import { fieldLabel, showsField } from './editions.ts';
import { NONE, fieldText, paragraphsOf } from './format.ts';

/** Plain runs of a text. */
export function plain(text: string): Run[] {
  return [{ text }];
}

/** Strong runs of a text. */
export function strong(text: string): Run[] {
  return [{ text, strong: true }];
}

/** A heading block. */
export function heading(level: 1 | 2 | 3, text: string, id: string): Block {
  return { type: 'heading', level, text, id };
}

/** A paragraph of runs. */
export function paragraph(...runs: Run[]): Block {
  return { type: 'paragraph', runs };
}

/** Paragraphs of free text (blank lines separate paragraphs). */
export function textParagraphs(text: string): Block[] {
  return paragraphsOf(text).map((part) => paragraph({ text: part }));
}

/** The quiet sentence shown where a part of the plan has nothing yet. */
export function nothingYet(text: string): Block {
  return paragraph({ text, emphasis: true });
}

/** A fact with plain text value. */
export function fact(label: string, value: string): Fact {
  return { label, value: plain(value || NONE) };
}

/** A column. */
export function column(header: string, options: { align?: 'left' | 'right'; weight?: number } = {}): Column {
  return { header, align: options.align ?? 'left', weight: options.weight ?? 1 };
}

/** A table, or nothing when it has no rows. */
export function table(columns: Column[], rows: Run[][][], totalRows = 0): BlockOf<'table'> {
  return totalRows > 0 ? { type: 'table', columns, rows, totalRows } : { type: 'table', columns, rows };
}

/** A column or cell that shows one field of a kind: header from the field spec, money and numbers right-aligned. */
export interface FieldColumn<N extends PlanNode> {
  key: string;
  column: Column;
  cell: (node: N) => Run[];
}

/** Columns for fields of a kind, leaving out the fields this edition hides. */
export function fieldColumns<N extends PlanNode>(
  kind: NodeKind,
  keys: readonly string[],
  edition: Edition,
  currency: string,
  weights: Record<string, number> = {},
): FieldColumn<N>[] {
  const definition = kindOf(kind);
  return keys
    .filter((key) => showsField(kind, key, edition))
    .map((key) => {
      const field = definition.field(key);
      if (!field) throw new Error(`Unknown field ${kind}.${key}`);
      return {
        key,
        column: column(fieldLabel(field, edition), { align: field.type === 'number' ? 'right' : 'left', weight: weights[key] ?? 1 }),
        cell: (node: N) => plain(fieldText(field, (node.data as Record<string, unknown>)[key], currency)),
      };
    });
}

/** A list of the free-text fields of items (e.g. notes, customer input), one item per filled text. */
export function detailItems(
  kind: NodeKind,
  nodes: readonly PlanNode[],
  keys: readonly string[],
  edition: Edition,
): ListItem[] {
  const definition = kindOf(kind);
  const visible = keys.filter((key) => showsField(kind, key, edition));
  const labelOf = (key: string) => {
    const field = definition.field(key);
    return field ? fieldLabel(field, edition) : key;
  };
  const items: ListItem[] = [];
  for (const node of nodes) {
    const data = node.data as Record<string, unknown>;
    const children = visible
      .map((key) => ({ key, text: typeof data[key] === 'string' ? (data[key] as string).trim() : '' }))
      .filter((entry) => entry.text.length > 0)
      .map((entry) => ({
        runs: [{ text: `${labelOf(entry.key)}: `, emphasis: true }, { text: entry.text }],
      }));
    if (children.length > 0) items.push({ runs: strong(node.label), children });
  }
  return items;
}

/** Optional details under a table: a small heading line and the list, or nothing. */
export function details(title: string, items: ListItem[]): Block[] {
  if (items.length === 0) return [];
  return [paragraph({ text: title, strong: true }), { type: 'list', items }];
}

/** How many indent levels a document list shows: Word and PowerPoint have nine bullet levels. */
export const LIST_LEVELS = 9;

/** One line of a list: its runs and its indent level (0 to LIST_LEVELS - 1). */
export interface ListLine {
  runs: Run[];
  level: number;
}

/** The runs of an item shown at `level` although it sits `depth` levels below the top of its list: deeper items say so. */
function levelRuns(runs: Run[], depth: number, level: number): Run[] {
  return depth > level ? [{ text: `level ${depth} · `, emphasis: true }, ...runs] : runs;
}

/**
 * A nested list's lines in reading order with their indent levels; items nested deeper than LIST_LEVELS are shown
 * at the last level, marked with their level. Iterative, so a list of any depth is fine.
 */
export function listLines(items: readonly ListItem[]): ListLine[] {
  const out: ListLine[] = [];
  const stack: [ListItem, number][] = [];
  for (let at = items.length - 1; at >= 0; at -= 1) stack.push([items[at]!, 0]);
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    const level = Math.min(depth, LIST_LEVELS - 1);
    out.push({ runs: levelRuns(item.runs, depth, level), level });
    const children = item.children ?? [];
    for (let at = children.length - 1; at >= 0; at -= 1) stack.push([children[at]!, depth + 1]);
  }
  return out;
}

/**
 * A nested list from lines in reading order with their depths (each at most one deeper than the line before).
 * Nesting stops at LIST_LEVELS levels: deeper lines are shown at the last level, marked with their level.
 */
export function nestedList(lines: Iterable<{ runs: Run[]; depth: number }>): ListItem[] {
  const top: ListItem[] = [];
  // parents[level] is the last item shown at that level: items one level deeper go into its children.
  const parents: ListItem[] = [];
  for (const { runs, depth } of lines) {
    const level = Math.min(depth, LIST_LEVELS - 1, parents.length);
    const item: ListItem = { runs: levelRuns(runs, depth, level) };
    if (level === 0) top.push(item);
    else {
      const parent = parents[level - 1]!;
      (parent.children ??= []).push(item);
    }
    parents.length = level;
    parents.push(item);
  }
  return top;
}

/** Indent before the "↳" of a component row at `depth` (1 for a top goal's components), at most LIST_LEVELS deep. */
export function componentIndent(depth: number): string {
  return '\u00a0\u00a0\u00a0'.repeat(Math.max(0, Math.min(depth, LIST_LEVELS) - 1));
}
