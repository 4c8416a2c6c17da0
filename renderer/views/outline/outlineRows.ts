import type { PlanNode } from '../../../shared/model.ts';
import type { PlanTree } from '../../../shared/rules/tree.ts';

/** One line of the outline. */
export interface OutlineRowModel {
  node: PlanNode;
  /** 1 for the top line shown (the account, or the focused branch). */
  level: number;
  hasChildren: boolean;
  parentId: string | null;
}

/**
 * The lines the outline shows, in the plan's outline order: the whole plan, or one branch alone; the lines under a
 * collapsed item are left out (the collapse is the map's, saved with the plan).
 */
export function outlineRows(tree: PlanTree<PlanNode>, branchId: string | null): OutlineRowModel[] {
  const nodes = branchId === null ? tree.ordered : tree.subtree(branchId);
  const base = branchId === null ? 0 : tree.depth(branchId);
  const rows: OutlineRowModel[] = [];
  let skipBelow = -1;
  for (const node of nodes) {
    const depth = tree.depth(node.id);
    if (skipBelow >= 0 && depth > skipBelow) continue;
    skipBelow = -1;
    const hasChildren = tree.children(node.id).length > 0;
    if (hasChildren && node.collapsed) skipBelow = depth;
    rows.push({ node, level: depth - base + 1, hasChildren, parentId: tree.parent(node.id)?.id ?? null });
  }
  return rows;
}
