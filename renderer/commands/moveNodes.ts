import type { Position } from '../../shared/model.ts';
import { defineCommand } from './command.ts';

/** One node's move in a drag. */
export interface NodeMove {
  id: string;
  from: Position;
  to: Position;
}

/** Drag end: records the moved nodes' positions as one undo step (the canvas already shows them). */
export const moveNodes = defineCommand<{ moves: readonly NodeMove[] }>({
  id: 'node.move',
  label: 'Move',
  undo: 'record',
  enabledWhen: (_state, { moves }) => moves.length > 0,
  perform(state, { moves }) {
    const moved = moves.filter((move) => state.nodes[move.id] && (move.from.x !== move.to.x || move.from.y !== move.to.y));
    if (moved.length === 0) return { type: 'done' };
    return {
      type: 'edit',
      edit: {
        label: moved.length === 1 ? 'Move' : `Move ${moved.length} items`,
        forward: { positions: moved.map((move) => ({ id: move.id, ...move.to })) },
        inverse: { positions: moved.map((move) => ({ id: move.id, ...move.from })) },
      },
    };
  },
});
