/**
 * The size limits of a plan, one set for import, patches and export: whatever a plan file or a patch may hold,
 * every document format can export (tests/backend/export/limits.test.ts builds plans at these limits and exports
 * them). Measured on two shared cores: a 5,000-node plan takes about 15 s as Word, 20 s as PowerPoint (1.6 GB at
 * its peak) and 25 s as PDF; at 10,000 nodes PowerPoint needed 3 GB and PDF 90 s, and at 100,000 Word ran out of
 * a 4 GB heap. The app's benchmarks go up to 5,000 nodes too.
 */

/** Most nodes one plan holds. */
export const MAX_PLAN_NODES = 5_000;

/** Most relations one plan holds. */
export const MAX_PLAN_EDGES = 20_000;

/**
 * Deepest branch: how many levels a node may sit below the account (the account's children are level 1).
 * Documents indent nine levels and draw a long chain four boxes to a picture, so 1,000 levels is already 250 map
 * pictures; patches walk each node's ancestry, which this bounds too.
 */
export const MAX_TREE_DEPTH = 1_000;

/** Most nodes one patch may upsert, delete or move: a whole plan. */
export const MAX_PATCH_NODES = MAX_PLAN_NODES;

/** Most relations one patch may upsert or delete: all of a plan's. */
export const MAX_PATCH_EDGES = MAX_PLAN_EDGES;

/** The parts of a node the depth walk reads. */
export interface TreeLink {
  id: string;
  parentId: string | null;
}

/**
 * Depth below its root of every node that hangs from a root (a node without a parent, or whose parent is missing),
 * worked out iteratively so any depth is fine. Nodes caught in a parent cycle get no depth.
 */
export function treeDepths(nodes: readonly TreeLink[]): Map<string, number> {
  const parentOf = new Map<string, string | null>();
  for (const node of nodes) if (!parentOf.has(node.id)) parentOf.set(node.id, node.parentId);
  const depths = new Map<string, number>();
  const inCycle = new Set<string>();
  for (const node of nodes) {
    if (depths.has(node.id) || inCycle.has(node.id)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | null = node.id;
    let base = -1;
    while (current !== null) {
      const known = depths.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (onChain.has(current) || inCycle.has(current)) {
        for (const id of chain) inCycle.add(id);
        chain.length = 0;
        break;
      }
      if (!parentOf.has(current)) break;
      chain.push(current);
      onChain.add(current);
      current = parentOf.get(current) ?? null;
    }
    for (let at = chain.length - 1; at >= 0; at -= 1) {
      base += 1;
      depths.set(chain[at]!, base);
    }
  }
  return depths;
}

/** One sentence on how a plan breaks the size limits, or null when it keeps to them. */
export function planSizeProblem(nodes: readonly TreeLink[], edgeCount: number): string | null {
  if (nodes.length > MAX_PLAN_NODES) {
    return `the plan has ${count(nodes.length)} nodes; a plan holds at most ${count(MAX_PLAN_NODES)}.`;
  }
  if (edgeCount > MAX_PLAN_EDGES) {
    return `the plan has ${count(edgeCount)} relations; a plan holds at most ${count(MAX_PLAN_EDGES)}.`;
  }
  let deepest = 0;
  for (const depth of treeDepths(nodes).values()) deepest = Math.max(deepest, depth);
  if (deepest > MAX_TREE_DEPTH) {
    return `a branch of the plan is ${count(deepest)} levels deep; a plan nests at most ${count(MAX_TREE_DEPTH)} levels below the account.`;
  }
  return null;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
