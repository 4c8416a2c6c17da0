import type { PlanNode, Position } from './model.ts';
import { planTree } from './rules/tree.ts';

/** Width of a node box on the map, shared by the renderer, the layout and the SVG export. */
export const NODE_WIDTH = 220;
/** Height of a node box on the map. */
export const NODE_HEIGHT = 72;
/** Default horizontal gap between a parent column and its children. */
export const HORIZONTAL_GAP = 80;
/** Default vertical gap between stacked siblings. */
export const VERTICAL_GAP = 16;

/** Spacing of the mind-map layout. */
export interface LayoutOptions {
  horizontalGap?: number;
  verticalGap?: number;
}

/** The parts of a node the layout reads. */
export type LayoutNode = Pick<PlanNode, 'id' | 'parentId' | 'order' | 'collapsed'>;

/** A node with a position, for placing new nodes among existing ones. */
export type PlacedNode = LayoutNode & Pick<PlanNode, 'position'>;

/**
 * Lays a plan out as a tidy mind map: the root at (0,0), first-level branches split right and left
 * (balanced by height), children stacked without overlap; nodes under a collapsed node are hidden and
 * laid out beside it. Positions are the top-left corners of NODE_WIDTH × NODE_HEIGHT boxes.
 */
export function layoutMindMap(nodes: readonly LayoutNode[], options: LayoutOptions = {}): Map<string, Position> {
  const hGap = options.horizontalGap ?? HORIZONTAL_GAP;
  const vGap = options.verticalGap ?? VERTICAL_GAP;
  const step = NODE_WIDTH + hGap;
  // The plan's one tree index: siblings in the plan's sibling order, a node cut off by a parent cycle promoted to a root.
  const tree = planTree(nodes);
  const { roots } = tree;
  const positions = new Map<string, Position>();
  // Vertical extent of each subtree: `shown` respects collapsed nodes, `full` lays everything out.
  const shown = new Map<string, number>();
  const full = new Map<string, number>();

  const stackedSpan = (list: readonly LayoutNode[], spans: Map<string, number>) =>
    list.reduce((sum, child) => sum + spans.get(child.id)!, 0) + vGap * Math.max(0, list.length - 1);

  // Placement is iterative (a work list, not recursion) so a very deep branch cannot overflow the stack.
  const work: { node: LayoutNode; x: number; centerY: number; direction: number; hidden: boolean }[] = [];
  /** Queues `list` stacked in column `x`, centred on `centerY`; hidden nodes are spaced as if expanded. */
  const stack = (list: readonly LayoutNode[], x: number, centerY: number, direction: number, hidden: boolean) => {
    const spans = hidden ? full : shown;
    let top = centerY - stackedSpan(list, spans) / 2;
    for (const child of list) {
      const span = spans.get(child.id)!;
      work.push({ node: child, x, centerY: top + span / 2, direction, hidden });
      top += span + vGap;
    }
  };

  let bottom: number | null = null;
  for (const root of roots) {
    const order = tree.subtree(root.id);
    for (let i = order.length - 1; i >= 0; i -= 1) {
      const node = order[i]!;
      const list = tree.children(node.id);
      full.set(node.id, list.length === 0 ? NODE_HEIGHT : Math.max(NODE_HEIGHT, stackedSpan(list, full)));
      shown.set(node.id, node.collapsed || list.length === 0 ? NODE_HEIGHT : Math.max(NODE_HEIGHT, stackedSpan(list, shown)));
    }

    const branches = tree.children(root.id);
    const spans = root.collapsed ? full : shown;
    const split = balancedSplit(branches.map((branch) => spans.get(branch.id)!));
    const right = branches.slice(0, split);
    const left = branches.slice(split);
    const treeSpan = Math.max(NODE_HEIGHT, stackedSpan(right, spans), stackedSpan(left, spans));
    // The first root sits at (0,0); further trees (orphans) are stacked below it.
    const centerY: number = bottom === null ? NODE_HEIGHT / 2 : bottom + vGap * 4 + treeSpan / 2;
    positions.set(root.id, { x: 0, y: centerY - NODE_HEIGHT / 2 });
    stack(right, step, centerY, 1, root.collapsed);
    stack(left, -step, centerY, -1, root.collapsed);
    while (work.length > 0) {
      const { node, x, centerY: middle, direction, hidden } = work.pop()!;
      positions.set(node.id, { x, y: middle - NODE_HEIGHT / 2 });
      const list = tree.children(node.id);
      if (list.length > 0) stack(list, x + direction * step, middle, direction, hidden || node.collapsed);
    }
    bottom = centerY + treeSpan / 2;
  }
  return positions;
}

/** How many leading branches go right so the two sides' heights are as even as possible (right gets the extra). */
function balancedSplit(spans: readonly number[]): number {
  const total = spans.reduce((sum, span) => sum + span, 0);
  let best = 0;
  let bestDifference = Number.POSITIVE_INFINITY;
  let running = 0;
  for (let split = 0; split <= spans.length; split += 1) {
    // `<=` so that on a tie the later split wins and the right side gets the extra branch.
    const difference = Math.abs(running - (total - running));
    if (difference <= bestDifference) {
      best = split;
      bestDifference = difference;
    }
    running += spans[split] ?? 0;
  }
  return best;
}

/** True when two node boxes overlap. */
export function boxesOverlap(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
}

/** Positions of the nodes a person can see (not under a collapsed node). */
function visiblePositions(nodes: readonly PlacedNode[]): Position[] {
  const byId = new Map(nodes.map((node) => [node.id, node] as const));
  const hidden = new Map<string, boolean>();
  const isHidden = (node: PlacedNode): boolean => {
    const chain: PlacedNode[] = [];
    let current: PlacedNode | undefined = node;
    let answer = false;
    while (current) {
      const known = hidden.get(current.id);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(current);
      const parent: PlacedNode | undefined = current.parentId === null ? undefined : byId.get(current.parentId);
      if (parent?.collapsed) {
        answer = true;
        break;
      }
      if (chain.length > nodes.length) break;
      current = parent;
    }
    for (const link of chain) hidden.set(link.id, answer);
    return answer;
  };
  return nodes.filter((node) => !isHidden(node)).map((node) => node.position);
}

/** Moves `start` down one row at a time until it overlaps none of `taken`. */
function firstFreeBelow(start: Position, taken: readonly Position[], vGap: number): Position {
  const candidate = { ...start };
  for (let tries = 0; tries <= taken.length; tries += 1) {
    if (!taken.some((position) => boxesOverlap(position, candidate))) return candidate;
    candidate.y += NODE_HEIGHT + vGap;
  }
  return candidate;
}

/** Where a new child of `parentId` goes: beside the parent on its branch's side, below its last child, not overlapping. */
export function placeNewChild(nodes: readonly PlacedNode[], parentId: string, options: LayoutOptions = {}): Position {
  const vGap = options.verticalGap ?? VERTICAL_GAP;
  const step = NODE_WIDTH + (options.horizontalGap ?? HORIZONTAL_GAP);
  const parent = nodes.find((node) => node.id === parentId);
  if (!parent) return { x: 0, y: 0 };
  const kids = nodes.filter((node) => node.parentId === parentId && node.id !== parentId);
  let direction: number;
  if (kids.length > 0) {
    const rightward = kids.filter((kid) => kid.position.x >= parent.position.x).length;
    direction = parent.parentId === null ? (rightward <= kids.length - rightward ? 1 : -1) : rightward * 2 >= kids.length ? 1 : -1;
  } else {
    direction = parent.parentId === null || parent.position.x >= rootOf(nodes, parent).position.x ? 1 : -1;
  }
  const sameSide = kids.filter((kid) => Math.sign(kid.position.x - parent.position.x) === direction);
  const lowest = sameSide.reduce<number | null>((max, kid) => (max === null || kid.position.y > max ? kid.position.y : max), null);
  const start = { x: parent.position.x + direction * step, y: lowest === null ? parent.position.y : lowest + NODE_HEIGHT + vGap };
  return firstFreeBelow(start, visiblePositions(nodes), vGap);
}

/**
 * Where a column of `count` new children of `parentId` starts (one below the other, VERTICAL_GAP apart): at the
 * place placeNewChild gives the first, moved down past every visible box the whole column would overlap, so an
 * import of many people never lands on the branches further down. O(n log n) for any number of children.
 */
export function placeNewChildColumn(nodes: readonly PlacedNode[], parentId: string, count: number, options: LayoutOptions = {}): Position {
  const vGap = options.verticalGap ?? VERTICAL_GAP;
  const first = placeNewChild(nodes, parentId, options);
  const rowHeight = NODE_HEIGHT + vGap;
  const height = count * rowHeight - vGap;
  const inColumn = visiblePositions(nodes)
    .filter((position) => Math.abs(position.x - first.x) < NODE_WIDTH && position.y + NODE_HEIGHT > first.y)
    .map((position) => position.y)
    .sort((a, b) => a - b);
  let top = first.y;
  for (const y of inColumn) {
    // The column [top, top + height] is clear of a box at y unless they overlap vertically.
    if (y >= top + height) break;
    if (y + NODE_HEIGHT > top) top = y + rowHeight;
  }
  return { x: first.x, y: top };
}

/** Where a new sibling of `nodeId` goes: just below it in the same column, not overlapping. */
export function placeNewSibling(nodes: readonly PlacedNode[], nodeId: string, options: LayoutOptions = {}): Position {
  const vGap = options.verticalGap ?? VERTICAL_GAP;
  const node = nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return { x: 0, y: 0 };
  const start = { x: node.position.x, y: node.position.y + NODE_HEIGHT + vGap };
  return firstFreeBelow(start, visiblePositions(nodes), vGap);
}

/** The top ancestor of a node. */
function rootOf(nodes: readonly PlacedNode[], node: PlacedNode): PlacedNode {
  const byId = new Map(nodes.map((candidate) => [candidate.id, candidate] as const));
  let current = node;
  for (let steps = 0; steps < nodes.length && current.parentId !== null; steps += 1) {
    const parent = byId.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current;
}
