import { kindOf } from '../kinds/index.ts';
import type { NodeKind } from '../kinds/index.ts';
import { MAX_TREE_DEPTH } from '../limits.ts';
import type { PlanTree, TreeItem } from './tree.ts';

/** The parts of a node the move rules read. */
export interface MovableItem extends TreeItem {
  kind: NodeKind;
  label: string;
}

/** Where a branch goes: under which parent, and the sibling orders that put it (and its new siblings) in place. */
export interface BranchMove {
  nodeId: string;
  parentId: string;
  /** New sibling orders under `parentId`, only for the items whose order changes (the moved item included). */
  orders: readonly { id: string; order: number }[];
}

/** A move, or the one sentence saying why it is refused. */
export type MoveResult = { ok: true; move: BranchMove } | { ok: false; reason: string };

/**
 * The plan's one rule on which kind may hang under which: the account is the root of the map and never a child;
 * every other kind may hang under any item (its section in the document follows its own kind).
 */
export function canBeChildOf(childKind: NodeKind, _parentKind: NodeKind): boolean {
  return childKind !== 'account';
}

function name(item: MovableItem): string {
  const label = item.label.trim();
  return label === '' ? `this ${kindOf(item.kind).label.toLowerCase()}` : `"${label}"`;
}

function deepestBelow<N extends MovableItem>(tree: PlanTree<N>, id: string): number {
  const top = tree.depth(id);
  let deepest = 0;
  for (const member of tree.subtree(id)) deepest = Math.max(deepest, tree.depth(member.id) - top);
  return deepest;
}

/** Why `nodeId` may not become a child of `parentId` (kinds, its own branch, depth), or null when it may. */
export function reparentRefusal<N extends MovableItem>(tree: PlanTree<N>, nodeId: string, parentId: string): string | null {
  const node = tree.node(nodeId);
  const parent = tree.node(parentId);
  if (!node || !parent) return 'That item is no longer on the map.';
  if (!canBeChildOf(node.kind, parent.kind)) return 'The account is the centre of the map and cannot be moved under another item.';
  if (nodeId === parentId) return `${capitalised(name(node))} cannot be moved onto itself.`;
  if (tree.ancestor(parentId, (item) => item.id === nodeId)) {
    return `${capitalised(name(node))} cannot be moved into its own branch (${name(parent)} is part of it).`;
  }
  if (tree.depth(parentId) + 1 + deepestBelow(tree, nodeId) > MAX_TREE_DEPTH) {
    return `Moving ${name(node)} there would nest its branch more than ${MAX_TREE_DEPTH.toLocaleString('en-US')} levels below the account.`;
  }
  return null;
}

function capitalised(text: string): string {
  return text.startsWith('"') || text === '' ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** Sibling orders 0, 1, 2 … for `ids` in this order, listing only the items whose order changes. */
function renumbered<N extends MovableItem>(tree: PlanTree<N>, ids: readonly string[], movedId: string): { id: string; order: number }[] {
  return ids.flatMap((id, order) => (id === movedId || tree.node(id)?.order !== order ? [{ id, order }] : []));
}

/** Moves `nodeId` under `parentId` at sibling index `index` (default: last), or says why not. */
export function moveUnder<N extends MovableItem>(tree: PlanTree<N>, nodeId: string, parentId: string, index?: number): MoveResult {
  const reason = reparentRefusal(tree, nodeId, parentId);
  if (reason) return { ok: false, reason };
  const siblings = tree.children(parentId).filter((child) => child.id !== nodeId).map((child) => child.id);
  const at = Math.max(0, Math.min(index ?? siblings.length, siblings.length));
  const ids = [...siblings.slice(0, at), nodeId, ...siblings.slice(at)];
  return { ok: true, move: { nodeId, parentId, orders: renumbered(tree, ids, nodeId) } };
}

/** Alt+Up / Alt+Down: one place earlier or later among its siblings. */
export function moveAmongSiblings<N extends MovableItem>(tree: PlanTree<N>, nodeId: string, step: -1 | 1): MoveResult {
  const node = tree.node(nodeId);
  const parent = tree.parent(nodeId);
  if (!node) return { ok: false, reason: 'That item is no longer on the map.' };
  if (!parent) return { ok: false, reason: 'The account is the centre of the map and has no siblings to move among.' };
  const siblings = tree.children(parent.id).map((child) => child.id);
  const index = siblings.indexOf(nodeId);
  const target = index + step;
  if (target < 0) return { ok: false, reason: `${capitalised(name(node))} is already the first item under ${name(parent)}.` };
  if (target >= siblings.length) return { ok: false, reason: `${capitalised(name(node))} is already the last item under ${name(parent)}.` };
  return moveUnder(tree, nodeId, parent.id, target);
}

/** Alt+Left: becomes a sibling of its parent, right after it. */
export function promote<N extends MovableItem>(tree: PlanTree<N>, nodeId: string): MoveResult {
  const node = tree.node(nodeId);
  const parent = tree.parent(nodeId);
  if (!node) return { ok: false, reason: 'That item is no longer on the map.' };
  if (!parent) return { ok: false, reason: 'The account is the centre of the map and cannot be promoted.' };
  const grandparent = tree.parent(parent.id);
  if (!grandparent) return { ok: false, reason: `${capitalised(name(node))} already hangs from the account; it cannot go higher.` };
  const index = tree.children(grandparent.id).findIndex((child) => child.id === parent.id);
  return moveUnder(tree, nodeId, grandparent.id, index + 1);
}

/** Alt+Right: becomes the last child of the sibling just before it. */
export function demote<N extends MovableItem>(tree: PlanTree<N>, nodeId: string): MoveResult {
  const node = tree.node(nodeId);
  const parent = tree.parent(nodeId);
  if (!node) return { ok: false, reason: 'That item is no longer on the map.' };
  if (!parent) return { ok: false, reason: 'The account is the centre of the map and cannot be demoted.' };
  const siblings = tree.children(parent.id);
  const index = siblings.findIndex((child) => child.id === nodeId);
  const previous = siblings[index - 1];
  if (!previous) return { ok: false, reason: `${capitalised(name(node))} is the first item under ${name(parent)}, so there is no item above it to move it under.` };
  return moveUnder(tree, nodeId, previous.id);
}
