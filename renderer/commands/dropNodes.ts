import type { Position } from '../../shared/model.ts';
import { siblingDropIndex } from '../../shared/rules/dropPlace.ts';
import { moveUnder, reparentRefusal } from '../../shared/rules/moveBranch.ts';
import { mapTree } from '../store/tree.ts';
import type { PlanState } from '../store/types.ts';
import { branchMovesEdit } from './branchMoveEdit.ts';
import type { MoveStep } from './branchMoveEdit.ts';
import { defineCommand } from './command.ts';
import { moveNodes } from './moveNodes.ts';
import type { NodeMove } from './moveNodes.ts';

/** A drag that ended: the moved nodes, and the node under the pointer (the would-be parent), if any. */
export interface DropArgs {
  moves: readonly NodeMove[];
  targetId: string | null;
}

/** What a drop does: re-parent or reorder branches (or refuse to, with a reason), or just leave them where dropped. */
type DropPlan = { type: 'branches'; steps: MoveStep[]; label: string } | { type: 'place' };

/** The dragged nodes no other dragged node sits above (a dragged parent brings its branch anyway). */
function draggedTops(state: Pick<PlanState, 'nodes'>, ids: readonly string[]): string[] {
  const dragged = new Set(ids);
  const tree = mapTree(state.nodes);
  return ids.filter((id) => state.nodes[id] && !tree.ancestor(id, (node) => dragged.has(node.id)));
}

function planDrop(state: PlanState, { moves, targetId }: DropArgs): DropPlan {
  const tops = draggedTops(state, moves.map((move) => move.id));
  if (tops.length === 0) return { type: 'place' };
  if (targetId !== null && state.nodes[targetId]) {
    const target = state.nodes[targetId]!;
    const steps: MoveStep[] = tops.map((id) => (nodes) => moveUnder(mapTree(nodes), id, targetId));
    return { type: 'branches', steps, label: `Move under ${target.label.trim() || 'another item'}` };
  }
  if (tops.length !== 1) return { type: 'place' };
  const id = tops[0]!;
  const tree = mapTree(state.nodes);
  const parent = tree.parent(id);
  const to = moves.find((move) => move.id === id)?.to;
  if (!parent || !to) return { type: 'place' };
  const index = siblingDropIndex(parent, tree.children(parent.id), id, to);
  if (index === null) return { type: 'place' };
  return { type: 'branches', steps: [(nodes) => moveUnder(mapTree(nodes), id, parent.id, index)], label: 'Reorder' };
}

function startPositions(moves: readonly NodeMove[]): Map<string, Position> {
  return new Map(moves.map((move) => [move.id, move.from] as const));
}

/** Why a drop is refused (a kind that may not go there, a drop into the dragged branch), or null when it is not. */
export function dropRefusal(state: PlanState, { moves, targetId }: DropArgs): string | null {
  if (targetId === null || !state.nodes[targetId]) return null;
  const tree = mapTree(state.nodes);
  for (const id of draggedTops(state, moves.map((move) => move.id))) {
    const reason = reparentRefusal(tree, id, targetId);
    if (reason) return reason;
  }
  return null;
}

/**
 * Drag end as one undo step: dropped on a node, the dragged branches become its last children (laid out under
 * it); dropped among the siblings, the branch takes its place there; elsewhere the nodes stay where dropped.
 */
export const dropNodes = defineCommand<DropArgs>({
  id: 'node.drop',
  label: 'Move',
  undo: 'record',
  enabledWhen: (_state, { moves }) => moves.length > 0,
  perform(state, args, env) {
    const plan = planDrop(state, args);
    if (plan.type === 'place') return moveNodes.perform(state, { moves: args.moves }, env);
    const result = branchMovesEdit(state.nodes, plan.steps, plan.label, { from: startPositions(args.moves) });
    return result.ok ? { type: 'edit', edit: result.edit } : { type: 'notice', notice: result.reason };
  },
});

/** A refused drop: the dragged nodes go back where they were, and the reason is shown. No undo step. */
export const refuseDrop = defineCommand<DropArgs>({
  id: 'node.refuseDrop',
  label: 'Move',
  undo: 'skip',
  enabledWhen: (_state, { moves }) => moves.length > 0,
  perform(state, args) {
    const reason = dropRefusal(state, args) ?? 'That move is not possible.';
    const positions = args.moves.filter((move) => state.nodes[move.id]).map((move) => ({ id: move.id, ...move.from }));
    return { type: 'edit', edit: { label: 'Move back', forward: { positions }, inverse: { positions }, notice: reason } };
  },
});
