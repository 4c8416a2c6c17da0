import type { PlanNode } from '../../shared/model.ts';
import { ancestorsOf } from '../store/tree.ts';
import { defineCommand } from './command.ts';
import { makeEdit } from './edits.ts';

/**
 * Selects a node and, when it sits inside collapsed branches, expands them (one undo step), so a search result
 * chosen from the list can be shown on the map.
 */
export const revealNode = defineCommand<{ id: string }>({
  id: 'node.reveal',
  label: 'Show item',
  undo: 'record',
  enabledWhen: (state, { id }) => state.nodes[id] !== undefined,
  perform(state, { id }) {
    const selection = { nodeIds: [id], edgeId: null };
    const collapsed = ancestorsOf(state.nodes, id).filter((ancestor) => ancestor.collapsed);
    if (collapsed.length === 0) return { type: 'select', selection };
    const upsertNodes = collapsed.map((ancestor) => ({ ...ancestor, collapsed: false }) as PlanNode);
    return { type: 'edit', edit: makeEdit(collapsed.length === 1 ? 'Expand branch' : 'Expand branches', { upsertNodes }, { selectAfter: selection }) };
  },
});
