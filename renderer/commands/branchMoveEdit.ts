import type { NodeUpdate, PlanChange } from '../../shared/changes.ts';
import { NODE_HEIGHT, placeNewSibling, VERTICAL_GAP } from '../../shared/layout.ts';
import type { PlanNode, Position } from '../../shared/model.ts';
import type { BranchMove, MoveResult } from '../../shared/rules/moveBranch.ts';
import { hiddenNodeIds, mapTree } from '../store/tree.ts';
import type { Edit } from '../store/types.ts';
import { makeEdit } from './edits.ts';
import { placeBranches } from './pasteBranches.ts';

type Nodes = Readonly<Record<string, PlanNode>>;
/** The node fields a move sets. */
type MoveFields = { parentId?: string | null; order?: number; collapsed?: boolean; position?: Position };

/** Nodes with some fields changed, as a new record (the input is left alone). */
function withChanges(nodes: Nodes, changes: ReadonlyMap<string, MoveFields>): Nodes {
  const next: Record<string, PlanNode> = { ...nodes };
  for (const [id, change] of changes) next[id] = { ...next[id]!, ...change } as PlanNode;
  return next;
}

/**
 * Restacks a parent's children on the moved node's side in their new sibling order: each sibling's branch keeps
 * its shape and moves up or down into its new slot, starting where the first of them started.
 */
function restackSiblings(nodes: Nodes, parentId: string, movedId: string, column: number): Map<string, Position> {
  const tree = mapTree(nodes);
  const parent = nodes[parentId]!;
  const side = Math.sign(column - parent.position.x) || 1;
  const siblings = tree.children(parentId).filter((child) => (Math.sign(child.position.x - parent.position.x) || 1) === side || child.id === movedId);
  const hidden = hiddenNodeIds(nodes);
  const extents = siblings.map((sibling) => {
    const members = tree.subtree(sibling.id).filter((member) => member.id === sibling.id || !hidden.has(member.id));
    const ys = members.map((member) => member.position.y);
    return { sibling, members: tree.subtree(sibling.id), top: Math.min(...ys), bottom: Math.max(...ys) + NODE_HEIGHT };
  });
  let top = Math.min(...extents.map((extent) => extent.top));
  const positions = new Map<string, Position>();
  for (const extent of extents) {
    const dy = top - extent.top;
    const dx = extent.sibling.id === movedId ? column - extent.sibling.position.x : 0;
    if (dy !== 0 || dx !== 0) {
      for (const member of extent.members) positions.set(member.id, { x: member.position.x + dx, y: member.position.y + dy });
    }
    top += extent.bottom - extent.top + VERTICAL_GAP;
  }
  return positions;
}

/** How a move is laid out: restacked among its siblings (same parent), else placed beside its new parent or after its old one. */
export interface MoveLayout {
  /** Where the moved node stood before (a drag has already shown it elsewhere). */
  from?: ReadonlyMap<string, Position>;
}

/** The changes of one branch move on `nodes`: new parent, sibling orders and positions, and parents expanded. */
export function branchMoveChanges(nodes: Nodes, move: BranchMove, layout: MoveLayout = {}): Map<string, MoveFields> {
  const original = (id: string): PlanNode => {
    const node = nodes[id]!;
    const from = layout.from?.get(id);
    return from ? ({ ...node, position: from } as PlanNode) : node;
  };
  const base: Record<string, PlanNode> = { ...nodes };
  for (const id of layout.from?.keys() ?? []) if (base[id]) base[id] = original(id);
  const moved = base[move.nodeId]!;
  const changes = new Map<string, MoveFields>();
  for (const { id, order } of move.orders) changes.set(id, { order });
  changes.set(move.nodeId, { ...changes.get(move.nodeId), parentId: move.parentId });
  const reordered = withChanges(base, changes);

  if (moved.parentId === move.parentId) {
    for (const [id, position] of restackSiblings(reordered, move.parentId, move.nodeId, moved.position.x)) {
      changes.set(id, { ...changes.get(id), position });
    }
    return changes;
  }
  const branch = mapTree(base).subtree(move.nodeId);
  const others: Record<string, PlanNode> = { ...reordered };
  for (const member of branch) delete others[member.id];
  const oldParentId = moved.parentId;
  const promoted = oldParentId !== null && base[oldParentId]?.parentId === move.parentId;
  const order = changes.get(move.nodeId)!.order ?? moved.order;
  const { expanded, placed } = placeBranches(
    others,
    branch,
    (_top, _index, current) => ({
      parentId: move.parentId,
      order,
      // Promoted: the branch goes right below its old parent, in the column of its new siblings.
      start: promoted ? placeNewSibling(current, oldParentId) : undefined,
    }),
    (id) => id,
  );
  for (const node of expanded) changes.set(node.id, { ...changes.get(node.id), collapsed: false });
  for (const node of placed) changes.set(node.id, { ...changes.get(node.id), position: node.position });
  return changes;
}

/** Field-level updates for `changes`, and the updates that undo them (from `before`, with positions from `from`). */
function updatesOf(before: Nodes, changes: ReadonlyMap<string, MoveFields>, from?: ReadonlyMap<string, Position>): { forward: PlanChange; inverse: PlanChange } {
  const forward: NodeUpdate[] = [];
  const inverse: NodeUpdate[] = [];
  for (const [id, change] of changes) {
    const node = before[id];
    if (!node) continue;
    const startPosition = from?.get(id) ?? node.position;
    const update: Record<string, unknown> = { id };
    const undo: Record<string, unknown> = { id };
    let any = false;
    for (const key of ['parentId', 'order', 'collapsed'] as const) {
      if (change[key] !== undefined && change[key] !== node[key]) {
        update[key] = change[key];
        undo[key] = node[key];
        any = true;
      }
    }
    const position = change.position;
    if (position && (position.x !== startPosition.x || position.y !== startPosition.y || from?.has(id))) {
      update.position = position;
      undo.position = startPosition;
      any = true;
    }
    if (any) {
      forward.push(update as unknown as NodeUpdate);
      inverse.push(undo as unknown as NodeUpdate);
    }
  }
  return { forward: { updateNodes: forward }, inverse: { updateNodes: inverse } };
}

/** One step of a move: worked out on the map as the steps before it left it. */
export type MoveStep = (nodes: Nodes) => MoveResult;

/**
 * One undo step that moves branches (each step applied after the ones before it): new parents and sibling
 * orders, positions laid out under the new parent, saved as field-level updates. Relations are not touched, so
 * all of them stay. The first refused step refuses the whole move with its reason.
 */
export function branchMovesEdit(nodes: Nodes, steps: readonly MoveStep[], label: string, layout: MoveLayout = {}): { ok: true; edit: Edit } | { ok: false; reason: string } {
  let current = nodes;
  const all = new Map<string, MoveFields>();
  const movedIds: string[] = [];
  for (const [index, step] of steps.entries()) {
    const result = step(current);
    if (!result.ok) return result;
    const changes = branchMoveChanges(current, result.move, index === 0 ? layout : {});
    current = withChanges(current, changes);
    for (const [id, change] of changes) all.set(id, { ...all.get(id), ...change });
    movedIds.push(result.move.nodeId);
  }
  // A dragged node that the layout left in place goes back to where it stood.
  for (const [id, position] of layout.from ?? []) if (!all.get(id)?.position) all.set(id, { ...all.get(id), position });
  const { forward, inverse } = updatesOf(nodes, all, layout.from);
  return { ok: true, edit: makeEdit(label, forward, { inverse, selectAfter: { nodeIds: movedIds, edgeId: null } }) };
}
