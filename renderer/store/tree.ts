import type { PlanNode } from '../../shared/model.ts';
import { collapsedAway, compareSiblings, planTree } from '../../shared/rules/tree.ts';
import type { PlanTree } from '../../shared/rules/tree.ts';

// The store replaces the nodes record on every change and never edits it in place, so a tree indexed once per
// record serves every command, card and view that asks until the next change.
const trees = new WeakMap<Readonly<Record<string, PlanNode>>, PlanTree<PlanNode>>();

/** The map's tree, on the plan's one tree index (shared/rules/tree.ts), indexed once per version of the nodes. */
export function mapTree(nodes: Readonly<Record<string, PlanNode>>): PlanTree<PlanNode> {
  let tree = trees.get(nodes);
  if (!tree) {
    tree = planTree(Object.values(nodes));
    trees.set(nodes, tree);
  }
  return tree;
}

/** Children of every node in sibling order, by parent id. */
export function childrenIndex(nodes: Readonly<Record<string, PlanNode>>): Map<string, readonly PlanNode[]> {
  const tree = mapTree(nodes);
  const index = new Map<string, readonly PlanNode[]>();
  for (const node of tree.ordered) {
    const children = tree.children(node.id);
    if (children.length > 0) index.set(node.id, children);
  }
  return index;
}

/** The children of one node, in the plan's sibling order. */
export function childrenOf(nodes: Readonly<Record<string, PlanNode>>, parentId: string): PlanNode[] {
  return Object.values(nodes)
    .filter((node) => node.parentId === parentId && node.id !== parentId)
    .sort(compareSiblings);
}

/** A node and everything below it, parents before children (outline order). */
export function subtree(nodes: Readonly<Record<string, PlanNode>>, rootId: string): PlanNode[] {
  return mapTree(nodes).subtree(rootId);
}

/** The account root of the map (the node without a parent). */
export function rootNode(nodes: Readonly<Record<string, PlanNode>>): PlanNode | undefined {
  const all = Object.values(nodes);
  return all.find((node) => node.kind === 'account' && node.parentId === null) ?? all.find((node) => node.parentId === null);
}

/** Ids of nodes hidden because an ancestor is collapsed. */
export function hiddenNodeIds(nodes: Readonly<Record<string, PlanNode>>): Set<string> {
  return collapsedAway(mapTree(nodes));
}

/** Sort order for a new last child of `parentId`. */
export function nextChildOrder(nodes: Readonly<Record<string, PlanNode>>, parentId: string): number {
  let max = -1;
  for (const node of Object.values(nodes)) if (node.parentId === parentId && node.order > max) max = node.order;
  return Math.floor(max) + 1;
}

/** Sort order for a new sibling placed right after `node`. */
export function orderAfter(nodes: Readonly<Record<string, PlanNode>>, node: PlanNode): number {
  if (node.parentId === null) return node.order + 1;
  const next = childrenOf(nodes, node.parentId).find((sibling) => sibling.order > node.order);
  return next ? (node.order + next.order) / 2 : node.order + 1;
}

/** Ancestors of a node, nearest first. */
export function ancestorsOf(nodes: Readonly<Record<string, PlanNode>>, id: string): PlanNode[] {
  const out: PlanNode[] = [];
  let current = nodes[id];
  const seen = new Set<string>();
  while (current && current.parentId !== null && !seen.has(current.parentId)) {
    seen.add(current.parentId);
    const parent = nodes[current.parentId];
    if (!parent) break;
    out.push(parent);
    current = parent;
  }
  return out;
}

/** True when two versions of a node differ in their position only (what a drag frame changes). */
export function movedOnly(next: PlanNode, previous: PlanNode): boolean {
  const a = next as unknown as Record<string, unknown>;
  const b = previous as unknown as Record<string, unknown>;
  let keys = 0;
  for (const key in a) {
    keys += 1;
    if (key !== 'position' && a[key] !== b[key]) return false;
  }
  for (const _key in b) keys -= 1;
  return keys === 0;
}
