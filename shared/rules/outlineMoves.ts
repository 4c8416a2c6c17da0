import type { PlanTree, TreeItem } from './tree.ts';

/** Where an indent or outdent puts a node: its new parent and sibling order; or why it cannot move. */
export type OutlineMove = { ok: true; parentId: string; order: number } | { ok: false; reason: string };

function lastChildOrder<N extends TreeItem>(tree: PlanTree<N>, parentId: string): number {
  let max = -1;
  for (const child of tree.children(parentId)) if (child.order > max) max = child.order;
  return Math.floor(max) + 1;
}

/** Tab in the outline: the node becomes the last child of the sibling just above it. */
export function indentMove<N extends TreeItem>(tree: PlanTree<N>, id: string): OutlineMove {
  const parent = tree.parent(id);
  if (!parent) return { ok: false, reason: 'The account is the centre of the plan: it cannot be indented.' };
  const siblings = tree.children(parent.id);
  const at = siblings.findIndex((sibling) => sibling.id === id);
  if (at <= 0) return { ok: false, reason: 'This item cannot be indented: there is no item above it at the same level to go under.' };
  const above = siblings[at - 1]!;
  return { ok: true, parentId: above.id, order: lastChildOrder(tree, above.id) };
}

/** Shift+Tab in the outline: the node leaves its parent and comes right after it, among the parent's siblings. */
export function outdentMove<N extends TreeItem>(tree: PlanTree<N>, id: string): OutlineMove {
  const parent = tree.parent(id);
  if (!parent) return { ok: false, reason: 'The account is the centre of the plan: it cannot be outdented.' };
  const grandparent = tree.parent(parent.id);
  if (!grandparent) return { ok: false, reason: 'This item is already at the top level of the plan, right under the account.' };
  const uncles = tree.children(grandparent.id);
  const next = uncles[uncles.findIndex((uncle) => uncle.id === parent.id) + 1];
  // Halfway to the next sibling keeps every other sibling's order; with no room between them it goes last.
  const order = next && next.order > parent.order ? (parent.order + next.order) / 2 : next ? lastChildOrder(tree, grandparent.id) : parent.order + 1;
  return { ok: true, parentId: grandparent.id, order };
}
