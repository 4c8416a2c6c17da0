import type { PlanEdge, PlanNode } from '../../shared/model.ts';
import type { MapContent } from '../../shared/changes.ts';
import { mapTree, rootNode, subtree } from '../store/tree.ts';

/** The marker that tells our clipboard content apart from any other JSON. */
export const CLIPBOARD_FORMAT = 'account-atlas-clipboard';
/** The version of the clipboard format this app writes and reads. */
export const CLIPBOARD_VERSION = 1;
/** The clipboard type that carries the full items between Account Atlas windows (text/plain carries a readable outline). */
export const CLIPBOARD_MIME_TYPE = 'application/x-account-atlas+json';

/** Map items on the clipboard: whole branches and the relations between them. */
export interface ClipboardPayload {
  format: typeof CLIPBOARD_FORMAT;
  version: typeof CLIPBOARD_VERSION;
  nodes: PlanNode[];
  edges: PlanEdge[];
  /** The plan the items were copied from: pasted back into it after a cut, they keep their ids (a move). */
  planId?: string;
  /** Relations between the copied items and the rest of that plan, restored when a cut is pasted back into it. */
  outside?: PlanEdge[];
}

/** Where copied items come from, for a paste to tell a move within the plan from a copy into another. */
export interface ClipboardOrigin {
  planId: string;
  outside: readonly PlanEdge[];
}

/** Copied items in the two shapes they go to the clipboard in. */
export interface ClipboardText {
  /** The payload as JSON, for pasting into Account Atlas. */
  json: string;
  /** An indented outline of the labels, for pasting into any other app. */
  text: string;
}

/** Where copied items are written: a DOM DataTransfer (a copy or cut event) or anything shaped like it. */
export interface ClipboardWriter {
  setData(format: string, data: string): void;
}

/**
 * The selected nodes with their whole branches (hidden ones included), in outline order, plus the relations
 * whose both ends are among them. The account root is left out unless `includeRoot`.
 */
export function collectBranches(
  content: MapContent,
  nodeIds: readonly string[],
  includeRoot: boolean,
): { nodes: PlanNode[]; edges: PlanEdge[]; outside: PlanEdge[] } {
  const root = rootNode(content.nodes);
  const taken = new Set<string>();
  for (const id of nodeIds) {
    if (!content.nodes[id] || (!includeRoot && id === root?.id)) continue;
    for (const member of subtree(content.nodes, id)) taken.add(member.id);
  }
  const { rank } = mapTree(content.nodes);
  const nodes = [...taken].map((id) => content.nodes[id]!).sort((a, b) => rank(a.id) - rank(b.id));
  const edges: PlanEdge[] = [];
  const outside: PlanEdge[] = [];
  for (const edge of Object.values(content.edges)) {
    const source = taken.has(edge.source);
    const target = taken.has(edge.target);
    if (source && target) edges.push(edge);
    else if (source || target) outside.push(edge);
  }
  return { nodes, edges, outside };
}

/** Labels as an outline, one line per node, indented with a tab per level below the copied branches' tops. */
export function outlineText(nodes: readonly PlanNode[]): string {
  const ids = new Set(nodes.map((node) => node.id));
  const depth = new Map<string, number>();
  const lines: string[] = [];
  // `nodes` is in outline order, so a parent's depth is known before its children's.
  for (const node of nodes) {
    const level = node.parentId !== null && ids.has(node.parentId) ? (depth.get(node.parentId) ?? 0) + 1 : 0;
    depth.set(node.id, level);
    lines.push(`${'\t'.repeat(level)}${node.label.replace(/\s*[\r\n]+\s*/g, ' ')}`);
  }
  return lines.join('\n');
}

/** The clipboard payload of some nodes and relations, as JSON and as an outline. */
export function clipboardTextOf(nodes: readonly PlanNode[], edges: readonly PlanEdge[], origin?: ClipboardOrigin): ClipboardText {
  const payload: ClipboardPayload = { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, nodes: [...nodes], edges: [...edges] };
  if (origin) {
    payload.planId = origin.planId;
    payload.outside = [...origin.outside];
  }
  return { json: JSON.stringify(payload), text: outlineText(nodes) };
}

/** Writes copied items to a clipboard event's data. */
export function writeClipboard(writer: ClipboardWriter, content: ClipboardText): void {
  writer.setData('text/plain', content.text);
  writer.setData(CLIPBOARD_MIME_TYPE, content.json);
}
