/** The parts of a node the tree reads. */
export interface TreeItem {
  id: string;
  parentId: string | null;
  order: number;
  kind?: string;
  collapsed?: boolean;
}

/**
 * The one sibling order of the plan: by `order`, then by id, so siblings of equal order come out the same way
 * wherever the nodes were loaded from. Compared by code unit, never by locale, for the same reason.
 */
export function compareSiblings(a: TreeItem, b: TreeItem): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Roots: the account first, then other nodes without a parent, then nodes whose parent is missing; each in sibling order. */
function compareRoots(a: TreeItem, b: TreeItem): number {
  const place = (node: TreeItem) => (node.kind === 'account' ? 0 : node.parentId === null ? 1 : 2);
  return place(a) - place(b) || compareSiblings(a, b);
}

/** A plan's mind-map tree, indexed once: every view, check, document and file walks the nodes through it. */
export interface PlanTree<N extends TreeItem> {
  /** Every node once, in outline order: depth-first from the roots, siblings in sibling order. */
  readonly ordered: readonly N[];
  /** Tops of the trees: the account first, then nodes whose parent is missing, then one node per parent cycle. */
  readonly roots: readonly N[];
  node(id: string): N | undefined;
  /** Children in sibling order (a node promoted to a root out of a parent cycle is no longer its parent's child). */
  children(id: string): readonly N[];
  /** The parent in the tree as walked (undefined for a root). */
  parent(id: string): N | undefined;
  /** Distance from the node's root (0 for a root; -1 for an unknown id). */
  depth(id: string): number;
  /** Position in outline order (for stable sorting; unknown ids sort last). */
  rank(id: string): number;
  /** How many nodes sit below the node. */
  descendantCount(id: string): number;
  /** The nearest ancestor (not the node itself) that passes `test`. */
  ancestor(id: string, test: (node: N) => boolean): N | undefined;
  /** The node and everything below it, in outline order. */
  subtree(id: string): N[];
}

interface Slot<N> {
  rank: number;
  depth: number;
  parent: N | undefined;
  children: N[];
  descendants: number;
}

const NO_CHILDREN: readonly never[] = [];

/**
 * Indexes nodes as a forest. A node whose parent is missing (or itself) is a root; nodes caught in a parent cycle
 * are reached from no root, so the first of each cycle in sibling order becomes a root after the others. The walk
 * is iterative, so a branch thousands of levels deep is indexed like a flat one.
 */
export function planTree<N extends TreeItem>(nodes: Iterable<N>): PlanTree<N> {
  const byId = new Map<string, N>();
  for (const node of nodes) byId.set(node.id, node);
  const raw = new Map<string, N[]>();
  const roots: N[] = [];
  for (const node of byId.values()) {
    const parentId = node.parentId;
    if (parentId === null || parentId === node.id || !byId.has(parentId)) {
      roots.push(node);
      continue;
    }
    const list = raw.get(parentId);
    if (list) list.push(node);
    else raw.set(parentId, [node]);
  }
  for (const list of raw.values()) list.sort(compareSiblings);
  roots.sort(compareRoots);

  const slots = new Map<string, Slot<N>>();
  const ordered: N[] = [];
  const claimed = new Set<string>(roots.map((root) => root.id));
  const walk = (start: N): void => {
    slots.set(start.id, { rank: 0, depth: 0, parent: undefined, children: [], descendants: 0 });
    const stack: N[] = [start];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const slot = slots.get(node.id)!;
      slot.rank = ordered.length;
      ordered.push(node);
      const kids = raw.get(node.id);
      if (!kids) continue;
      for (const kid of kids) {
        if (claimed.has(kid.id)) continue;
        claimed.add(kid.id);
        slot.children.push(kid);
        slots.set(kid.id, { rank: 0, depth: slot.depth + 1, parent: node, children: [], descendants: 0 });
      }
      for (let at = slot.children.length - 1; at >= 0; at -= 1) stack.push(slot.children[at]!);
    }
  };
  for (const root of [...roots]) walk(root);
  if (ordered.length < byId.size) {
    const stranded = [...byId.values()].filter((node) => !slots.has(node.id)).sort(compareSiblings);
    for (const node of stranded) {
      if (slots.has(node.id)) continue;
      claimed.add(node.id);
      roots.push(node);
      walk(node);
    }
  }
  // Children come after their parent in outline order: counting backwards adds each subtree before its parent.
  for (let at = ordered.length - 1; at >= 0; at -= 1) {
    const slot = slots.get(ordered[at]!.id)!;
    if (slot.parent) slots.get(slot.parent.id)!.descendants += slot.descendants + 1;
  }

  return {
    ordered,
    roots,
    node: (id) => byId.get(id),
    children: (id) => slots.get(id)?.children ?? NO_CHILDREN,
    parent: (id) => slots.get(id)?.parent,
    depth: (id) => slots.get(id)?.depth ?? -1,
    rank: (id) => slots.get(id)?.rank ?? Number.MAX_SAFE_INTEGER,
    descendantCount: (id) => slots.get(id)?.descendants ?? 0,
    ancestor(id, test) {
      for (let current = slots.get(id)?.parent; current; current = slots.get(current.id)?.parent) {
        if (test(current)) return current;
      }
      return undefined;
    },
    subtree(id) {
      const slot = slots.get(id);
      return slot ? ordered.slice(slot.rank, slot.rank + slot.descendants + 1) : [];
    },
  };
}

/** Ids of the nodes hidden because a node above them is collapsed. */
export function collapsedAway<N extends TreeItem>(tree: PlanTree<N>): Set<string> {
  const hidden = new Set<string>();
  for (const node of tree.ordered) {
    const parent = tree.parent(node.id);
    if (parent && (parent.collapsed || hidden.has(parent.id))) hidden.add(node.id);
  }
  return hidden;
}
