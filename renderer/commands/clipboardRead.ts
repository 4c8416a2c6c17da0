import { canConnect } from '../../shared/edges.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import { edgeRecordSchema, nodeRecordSchema } from '../../shared/model.ts';
import type { PlanEdge, PlanNode } from '../../shared/model.ts';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION } from './clipboardFormat.ts';
import type { ClipboardText } from './clipboardFormat.ts';

/** Most lines of plain text pasted as topics at once. */
export const MAX_PASTED_LINES = 200;
/** Most items pasted at once. */
export const MAX_PASTED_ITEMS = 2000;
/** Longest clipboard text read (longer text is refused rather than parsed). */
export const MAX_CLIPBOARD_CHARS = 5_000_000;

/** What the clipboard held, as read from a paste event or the async clipboard API. */
export interface ClipboardSource {
  /** Our full items (the CLIPBOARD_MIME_TYPE data), when present. */
  json?: string;
  /** The plain text. */
  text?: string;
}

/** What a paste had to leave out. */
export interface LeftOut {
  /** Items that were not valid (unknown kind, bad fields, repeated id, a parent loop). */
  items: number;
  /** Relations that were not valid, not allowed between their items, or pointed outside the pasted items. */
  relations: number;
  /** Plain-text lines beyond MAX_PASTED_LINES. */
  lines: number;
  /** Items beyond MAX_PASTED_ITEMS. */
  extraItems: number;
}

/** Valid items ready to paste, still under their old ids; a node whose parent is not among them starts a branch. */
export interface PasteContent {
  nodes: PlanNode[];
  edges: PlanEdge[];
  leftOut: LeftOut;
  /** The plan the items were copied or cut from, when the clipboard says. */
  planId?: string;
  /** Valid relations between the items and the rest of that plan. */
  outside: PlanEdge[];
}

/** The clipboard read: items to paste, or a sentence saying why there is nothing. */
export type ClipboardReading = { ok: true; content: PasteContent } | { ok: false; notice: string };

/** Said when nothing was copied and the system clipboard could not be read. */
export const EMPTY_CLIPBOARD_NOTICE = 'There is nothing to paste yet; copy items on the map or some text first.';
/** Said when the clipboard holds something other than text (an image, files). */
export const UNPASTABLE_NOTICE = 'The clipboard holds nothing the map can paste; copy map items or text first.';
/** Said when our marker is there but the content cannot be read. */
export const DAMAGED_NOTICE = 'The copied Account Atlas items are damaged, so nothing was pasted; copy them again.';
/** Said when the clipboard text is too long to read. */
export const TOO_LARGE_NOTICE = 'The clipboard holds too much to paste at once; copy a smaller part.';
/** Said when the clipboard comes from a newer version of the app. */
export const NEWER_VERSION_NOTICE = 'These items were copied from a newer version of Account Atlas; update the app to paste them here.';

const NOTHING_LEFT_OUT: LeftOut = { items: 0, relations: 0, lines: 0, extraItems: 0 };

/** Reads what to paste: our items (from our clipboard type, our JSON in plain text, or the copy kept in memory), else plain text. */
export function readClipboard(source: ClipboardSource | undefined, held: ClipboardText | null): ClipboardReading {
  if (source === undefined) return held ? (readItemsJson(held.json) ?? { ok: false, notice: DAMAGED_NOTICE }) : { ok: false, notice: EMPTY_CLIPBOARD_NOTICE };
  if (source.json !== undefined && source.json.trim() !== '') return readItemsJson(source.json) ?? { ok: false, notice: DAMAGED_NOTICE };
  const text = source.text ?? '';
  if (text.trim() === '') return { ok: false, notice: UNPASTABLE_NOTICE };
  // Our own outline came back without its items (the clipboard kept only text): paste the items it stands for.
  if (held && text === held.text) return readItemsJson(held.json) ?? { ok: false, notice: DAMAGED_NOTICE };
  return readItemsJson(text) ?? topicsFromText(text);
}

/** Reads our JSON; null when the text is not our format at all (so it is pasted as plain text). */
export function readItemsJson(text: string): ClipboardReading | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.includes(CLIPBOARD_FORMAT)) return null;
  if (trimmed.length > MAX_CLIPBOARD_CHARS) return { ok: false, notice: TOO_LARGE_NOTICE };
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    return { ok: false, notice: DAMAGED_NOTICE };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== CLIPBOARD_FORMAT) return null;
  const { version, nodes, edges, planId, outside } = raw as { version?: unknown; nodes?: unknown; edges?: unknown; planId?: unknown; outside?: unknown };
  if (typeof version === 'number' && version > CLIPBOARD_VERSION) return { ok: false, notice: NEWER_VERSION_NOTICE };
  if (version !== CLIPBOARD_VERSION || !Array.isArray(nodes) || (edges !== undefined && !Array.isArray(edges))) {
    return { ok: false, notice: DAMAGED_NOTICE };
  }
  const content = validateItems(nodes, edges ?? []);
  if (typeof planId === 'string') content.planId = planId;
  content.outside = Array.isArray(outside) ? validOutsideRelations(outside, content.nodes) : [];
  return { ok: true, content };
}

/** The relations with exactly one end among the pasted items that pass the relation schema. */
function validOutsideRelations(raw: readonly unknown[], nodes: readonly PlanNode[]): PlanEdge[] {
  const ids = new Set(nodes.map((node) => node.id));
  return raw.flatMap((item) => {
    const parsed = edgeRecordSchema.safeParse(item);
    if (!parsed.success) return [];
    const edge = parsed.data;
    return ids.has(edge.source) !== ids.has(edge.target) && edge.source !== edge.target ? [edge] : [];
  });
}

/** Runs every node and relation through the shared schemas and relation rules, keeping the valid ones. */
export function validateItems(rawNodes: readonly unknown[], rawEdges: readonly unknown[]): PasteContent {
  const leftOut = { ...NOTHING_LEFT_OUT };
  const byId = new Map<string, PlanNode>();
  const accounts = new Set<string>();
  for (const [index, raw] of rawNodes.entries()) {
    if (index >= MAX_PASTED_ITEMS) {
      leftOut.extraItems = rawNodes.length - MAX_PASTED_ITEMS;
      break;
    }
    const parsed = nodeRecordSchema.safeParse(raw);
    if (!parsed.success || byId.has(parsed.data.id) || accounts.has(parsed.data.id)) {
      leftOut.items += 1;
      continue;
    }
    // The account is never pasted; its branches are, under the paste target.
    if (parsed.data.kind === 'account') accounts.add(parsed.data.id);
    else byId.set(parsed.data.id, parsed.data);
  }
  for (const id of nodesInParentLoops(byId)) {
    byId.delete(id);
    leftOut.items += 1;
  }

  const edges: PlanEdge[] = [];
  const seen = new Set<string>();
  for (const raw of rawEdges) {
    const parsed = edgeRecordSchema.safeParse(raw);
    const edge = parsed.success ? parsed.data : null;
    const source = edge ? byId.get(edge.source) : undefined;
    const target = edge ? byId.get(edge.target) : undefined;
    const key = edge ? `${edge.kind} ${edge.source} ${edge.target}` : '';
    if (!edge || !source || !target || source === target || !canConnect(edge.kind, source.kind, target.kind)) {
      leftOut.relations += 1;
    } else if (!seen.has(key)) {
      seen.add(key);
      edges.push(edge);
    }
  }
  return { nodes: [...byId.values()], edges, leftOut, outside: [] };
}

/** Ids of nodes whose parent chain loops back on itself (they could never hang from the map). */
function nodesInParentLoops(byId: ReadonlyMap<string, PlanNode>): Set<string> {
  const settled = new Set<string>();
  const looped = new Set<string>();
  for (const start of byId.values()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: PlanNode | undefined = start;
    while (current && !settled.has(current.id)) {
      if (onChain.has(current.id)) {
        for (const id of chain.slice(chain.indexOf(current.id))) looped.add(id);
        break;
      }
      chain.push(current.id);
      onChain.add(current.id);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    for (const id of chain) settled.add(id);
  }
  return looped;
}

const BULLET = /^[-*+•◦▪‣]\s+/;

/** Plain text as topics: one per non-empty line (at most MAX_PASTED_LINES), nested by indentation, list bullets removed. */
export function topicsFromText(text: string): ClipboardReading {
  if (text.length > MAX_CLIPBOARD_CHARS) return { ok: false, notice: TOO_LARGE_NOTICE };
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const kept = lines.slice(0, MAX_PASTED_LINES);
  const topic = kindOf('topic');
  const raw: unknown[] = [];
  // Open ancestors as (indent, id): a line hangs under the nearest line above it that is indented less.
  const open: { indent: number; id: string }[] = [];
  kept.forEach((line, index) => {
    const indent = /^[\t ]*/.exec(line)![0].replaceAll('\t', '    ').length;
    while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
    const id = `line-${index + 1}`;
    const label = line.trim().replace(BULLET, '').trim() || line.trim();
    raw.push({ id, kind: 'topic', label, data: topic.defaults(), parentId: open.at(-1)?.id ?? null, order: index });
    open.push({ indent, id });
  });
  const content = validateItems(raw, []);
  content.leftOut.lines = lines.length - kept.length;
  return { ok: true, content };
}

function count(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

/** One sentence saying what a paste of `pasted` items left out, or null when it left out nothing. */
export function leftOutNotice(pasted: number, leftOut: LeftOut): string | null {
  const parts: string[] = [];
  if (leftOut.items > 0) parts.push(`${count(leftOut.items, 'item', 'items')} that ${leftOut.items === 1 ? 'was' : 'were'} not valid`);
  if (leftOut.relations > 0) {
    parts.push(`${count(leftOut.relations, 'relation', 'relations')} that ${leftOut.relations === 1 ? 'was' : 'were'} not valid or not allowed between the pasted items`);
  }
  if (leftOut.lines > 0) parts.push(`${count(leftOut.lines, 'more line', 'more lines')} (at most ${MAX_PASTED_LINES} lines are pasted at once)`);
  if (leftOut.extraItems > 0) parts.push(`${count(leftOut.extraItems, 'more item', 'more items')} (at most ${MAX_PASTED_ITEMS} are pasted at once)`);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return pasted === 0 ? `Nothing was pasted: left out ${list}.` : `Pasted ${count(pasted, 'item', 'items')}; left out ${list}.`;
}
