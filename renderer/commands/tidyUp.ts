import { layoutMindMap } from '../../shared/layout.ts';
import { defineCommand } from './command.ts';

/** Tidy up: lays the whole map out as a clean mind map (one undo step). */
export const tidyUp = defineCommand({
  id: 'map.tidyUp',
  label: 'Tidy up',
  shortcuts: [{ key: 'l', mod: true, shift: true }],
  undo: 'record',
  enabledWhen: (state) => Object.keys(state.nodes).length > 1,
  perform(state, _args, env) {
    const layout = layoutMindMap(Object.values(state.nodes));
    const moves: { id: string; from: { x: number; y: number }; to: { x: number; y: number } }[] = [];
    for (const [id, to] of layout) {
      const node = state.nodes[id];
      if (node && (node.position.x !== to.x || node.position.y !== to.y)) moves.push({ id, from: node.position, to });
    }
    if (moves.length === 0) return { type: 'done' };
    // Fit after the new positions have rendered.
    if (env.canvas) setTimeout(() => env.canvas?.fitView(), 50);
    return {
      type: 'edit',
      edit: {
        label: 'Tidy up',
        forward: { positions: moves.map((move) => ({ id: move.id, ...move.to })) },
        inverse: { positions: moves.map((move) => ({ id: move.id, ...move.from })) },
      },
    };
  },
});
