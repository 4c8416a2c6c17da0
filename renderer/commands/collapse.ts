import type { PlanNode } from '../../shared/model.ts';
import { childrenOf } from '../store/tree.ts';
import type { PlanState } from '../store/types.ts';
import { defineCommand } from './command.ts';
import { makeEdit, singleSelectedNode } from './edits.ts';

function targetOf(state: PlanState, id: string | undefined): PlanNode | undefined {
  const node = id === undefined ? singleSelectedNode(state) : state.nodes[id];
  return node && childrenOf(state.nodes, node.id).length > 0 ? node : undefined;
}

/** Space: collapses or expands a branch (saved with the plan, one undo step). */
export const toggleCollapse = defineCommand<{ id?: string } | void>({
  id: 'node.toggleCollapse',
  label: 'Collapse or expand branch',
  shortcuts: [{ key: ' ' }],
  undo: 'record',
  enabledWhen: (state, args) => targetOf(state, args?.id) !== undefined,
  perform(state, args) {
    const node = targetOf(state, args?.id)!;
    const next = { ...node, collapsed: !node.collapsed } as PlanNode;
    const edit = makeEdit(next.collapsed ? 'Collapse branch' : 'Expand branch', { upsertNodes: [next] }, {
      selectAfter: { nodeIds: [node.id], edgeId: null },
    });
    return { type: 'edit', edit };
  },
});
