import type { PlanNode } from '../../shared/model.ts';

/** Child ids of every node, in sibling order. */
export function childrenIndex(nodes: Readonly<Record<string, PlanNode>>): Map<string, PlanNode[]> {
  const index = new Map<string, PlanNode[]>();
  for (const node of Object.values(nodes)) {
    if (node.parentId === null) continue;
    const list = index.get(node.parentId);
    if (list) list.push(node);
    else index.set(node.parentId, [node]);
  }
  for (const list of index.values()) list.sort((a, b) => a.order - b.order);
  return index;
}

/** The children of one node, in sibling order. */
export function childrenOf(nodes: Readonly<Record<string, PlanNode>>, parentId: string): PlanNode[] {
  return Object.values(nodes)
    .filter((node) => node.parentId === parentId)
    .sort((a, b) => a.order - b.order);
}

/** A node and everything below it, parents before children. */
export function subtree(nodes: Readonly<Record<string, PlanNode>>, rootId: string): PlanNode[] {
  const index = childrenIndex(nodes);
  const root = nodes[rootId];
  if (!root) return [];
  const out: PlanNode[] = [];
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    out.push(node);
    queue.push(...(index.get(node.id) ?? []));
  }
  return out;
}

/** The account root of the map (the node without a parent). */
export function rootNode(nodes: Readonly<Record<string, PlanNode>>): PlanNode | undefined {
  const all = Object.values(nodes);
  return all.find((node) => node.kind === 'account' && node.parentId === null) ?? all.find((node) => node.parentId === null);
}

/** Ids of nodes hidden because an ancestor is collapsed. */
export function hiddenNodeIds(nodes: Readonly<Record<string, PlanNode>>): Set<string> {
  const hidden = new Set<string>();
  const index = childrenIndex(nodes);
  const stack: string[] = [];
  for (const node of Object.values(nodes)) if (node.collapsed) stack.push(...(index.get(node.id) ?? []).map((child) => child.id));
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (hidden.has(id)) continue;
    hidden.add(id);
    for (const child of index.get(id) ?? []) stack.push(child.id);
  }
  return hidden;
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
