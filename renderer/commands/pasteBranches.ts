import { newId } from '../../shared/ids.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import { boxesOverlap, NODE_HEIGHT, NODE_WIDTH, placeNewChild, VERTICAL_GAP } from '../../shared/layout.ts';
import type { PlanEdge, PlanNode, Position } from '../../shared/model.ts';
import { hiddenNodeIds } from '../store/tree.ts';
import type { Edit, PlanState } from '../store/types.ts';
import type { PasteContent } from './clipboardRead.ts';
import { makeEdit } from './edits.ts';

/** Where one pasted branch goes. */
export interface BranchPlacement {
  /** The existing node the branch hangs under. */
  parentId: string;
  /** Where its top node goes before moving clear of other nodes (default: as a new child of the parent). */
  start?: Position;
  order: number;
}

/** Decides where each branch top goes; `current` is the map with the branches placed so far. */
export type PlaceBranch = (top: PlanNode, index: number, current: readonly PlanNode[]) => BranchPlacement;

/** How far down a branch moves per try when it would overlap something. */
const ROW = NODE_HEIGHT + VERTICAL_GAP;
/** Tries before a branch is left where it is (a huge map; overlapping beats freezing the window). */
const MAX_TRIES = 400;

/** Nodes of `content` grouped by parent, and the tops (nodes whose parent is not pasted) in order. */
function branchesOf(nodes: readonly PlanNode[]): { tops: PlanNode[]; children: Map<string, PlanNode[]> } {
  const ids = new Set(nodes.map((node) => node.id));
  const children = new Map<string, PlanNode[]>();
  const tops: PlanNode[] = [];
  for (const node of nodes) {
    if (node.parentId !== null && ids.has(node.parentId)) {
      const list = children.get(node.parentId);
      if (list) list.push(node);
      else children.set(node.parentId, [node]);
    } else {
      tops.push(node);
    }
  }
  return { tops, children };
}

/** A branch from its top, parents first, with which of its nodes are hidden under a collapsed node of the branch. */
function branchFrom(top: PlanNode, children: ReadonlyMap<string, PlanNode[]>): { members: PlanNode[]; hidden: Set<string> } {
  const members: PlanNode[] = [];
  const hidden = new Set<string>();
  const queue = [top];
  while (queue.length > 0) {
    const node = queue.shift()!;
    members.push(node);
    for (const child of children.get(node.id) ?? []) {
      if (node.collapsed || hidden.has(node.id)) hidden.add(child.id);
      queue.push(child);
    }
  }
  return { members, hidden };
}

/** Which way a branch grows from its top: +1 right, -1 left, 0 when it has no children to tell. */
function growthSide(top: PlanNode, children: ReadonlyMap<string, PlanNode[]>): number {
  const kids = children.get(top.id) ?? [];
  const rightward = kids.filter((kid) => kid.position.x >= top.position.x).length;
  if (kids.length === 0) return 0;
  return rightward * 2 >= kids.length ? 1 : -1;
}

/** The first downward shift (in whole rows) at which none of `boxes` overlaps any of `taken`. */
function clearShift(boxes: readonly Position[], taken: readonly Position[]): number {
  if (boxes.length === 0) return 0;
  const left = Math.min(...boxes.map((box) => box.x)) - NODE_WIDTH;
  const right = Math.max(...boxes.map((box) => box.x)) + NODE_WIDTH;
  const nearby = taken.filter((position) => position.x > left && position.x < right);
  for (let tries = 0; tries < MAX_TRIES; tries += 1) {
    const dy = tries * ROW;
    if (!boxes.some((box) => nearby.some((position) => boxesOverlap(position, { x: box.x, y: box.y + dy })))) return dy;
  }
  return 0;
}

/** Branches placed on the map: parents expanded to show them, and the branch nodes at their new places. */
export interface PlacedBranches {
  expanded: PlanNode[];
  placed: PlanNode[];
  /** The placed branch tops, in order. */
  topIds: string[];
}

/**
 * Places branches on the map: each branch top goes where `place` says (its parent expanded if collapsed), the
 * branch keeps its shape (mirrored when it now grows the other way) and moves down until it overlaps nothing
 * visible. `idOf` gives each placed node its id (fresh ones for a paste, the same ones for a move). `state` is
 * the map without the branches.
 */
export function placeBranches(
  nodes: Readonly<Record<string, PlanNode>>,
  content: readonly PlanNode[],
  place: PlaceBranch,
  idOf: (id: string) => string,
): PlacedBranches {
  const { tops, children } = branchesOf(content);
  const current = new Map(Object.entries(nodes));
  const expanded: PlanNode[] = [];
  const placed: PlanNode[] = [];
  const topIds: string[] = [];

  tops.forEach((top, index) => {
    const placement = place(top, index, [...current.values()]);
    const parent = current.get(placement.parentId);
    if (!parent) return;
    if (parent.collapsed) {
      const open = { ...parent, collapsed: false } as PlanNode;
      current.set(open.id, open);
      expanded.push(open);
    }
    const start = placement.start ?? placeNewChild([...current.values()], parent.id);
    const { members, hidden } = branchFrom(top, children);
    const side = growthSide(top, children);
    const newSide = start.x >= parent.position.x ? 1 : -1;
    const mirror = side !== 0 && side !== newSide ? -1 : 1;
    const shaped = members.map((node) => ({
      node,
      position: { x: start.x + mirror * (node.position.x - top.position.x), y: start.y + (node.position.y - top.position.y) },
    }));
    const hiddenNow = hiddenNodeIds(Object.fromEntries(current));
    const taken = [...current.values()].filter((node) => !hiddenNow.has(node.id)).map((node) => node.position);
    const dy = clearShift(shaped.filter(({ node }) => !hidden.has(node.id)).map(({ position }) => position), taken);
    for (const { node, position } of shaped) {
      const copy = {
        ...node,
        id: idOf(node.id),
        parentId: node === top ? parent.id : idOf(node.parentId!),
        order: node === top ? placement.order : node.order,
        position: { x: position.x, y: position.y + dy },
      } as PlanNode;
      current.set(copy.id, copy);
      placed.push(copy);
      if (node === top) topIds.push(copy.id);
    }
  });
  return { expanded, placed, topIds };
}

/** Options of a paste. */
export interface PasteOptions {
  /** Keep the items' ids (a cut pasted back into its own plan is a move). */
  keepIds?: boolean;
  /** Relations to add besides those among the pasted items (a moved branch's relations to the rest of the plan). */
  extraEdges?: readonly PlanEdge[];
}

/**
 * The edit that adds pasted items as one undo step, under fresh ids unless `keepIds`: placed as placeBranches
 * does; relations follow the new ids; the branch tops become the selection.
 */
export function pasteBranchesEdit(
  state: PlanState,
  content: Pick<PasteContent, 'nodes' | 'edges'>,
  label: string,
  place: PlaceBranch,
  options: PasteOptions = {},
): Edit | null {
  const newIds = new Map(content.nodes.map((node) => [node.id, options.keepIds ? node.id : newId()] as const));
  const { expanded, placed, topIds } = placeBranches(state.nodes, content.nodes, place, (id) => newIds.get(id)!);
  if (placed.length === 0) return null;
  const placedIds = new Set(placed.map((node) => node.id));
  const present = (id: string) => placedIds.has(id) || state.nodes[id] !== undefined;
  const edges: PlanEdge[] = content.edges.flatMap((edge) => {
    const source = newIds.get(edge.source);
    const target = newIds.get(edge.target);
    return source && target && present(source) && present(target) ? [{ ...edge, id: options.keepIds ? edge.id : newId(), source, target }] : [];
  });
  const extra = (options.extraEdges ?? []).filter((edge) => present(edge.source) && present(edge.target));
  return makeEdit(label, { upsertNodes: [...expanded, ...placed], upsertEdges: [...edges, ...extra] }, { selectAfter: { nodeIds: topIds, edgeId: null } });
}

/** "Paste stakeholder" for one node, "Paste 4 items" for more. */
export function itemsLabel(verb: string, nodes: readonly PlanNode[]): string {
  if (nodes.length === 1) return `${verb} ${kindOf(nodes[0]!.kind).label.toLowerCase()}`;
  return `${verb} ${nodes.length} items`;
}
