import { kindOf } from '../../shared/kinds/index.ts';
import type { PlanNode } from '../../shared/model.ts';
import { defineCommand } from './command.ts';
import { makeEdit, singleSelectedNode } from './edits.ts';

/** F2: starts renaming the selected node in place. */
export const startRename = defineCommand({
  id: 'node.rename',
  label: 'Rename',
  shortcuts: [{ key: 'F2' }],
  undo: 'skip',
  enabledWhen: (state) => singleSelectedNode(state) !== undefined,
  perform: (state) => ({ type: 'rename', nodeId: singleSelectedNode(state)!.id }),
});

/** Commits an in-place rename; an empty or unchanged name changes nothing. */
export const commitRename = defineCommand<{ id: string; label: string }>({
  id: 'node.commitRename',
  label: 'Rename',
  undo: 'record',
  enabledWhen: (state, { id }) => state.nodes[id] !== undefined,
  perform(state, { id, label }) {
    const node = state.nodes[id]!;
    const trimmed = label.trim();
    if (trimmed === '' || trimmed === node.label) return { type: 'done' };
    const renamed = { ...node, label: trimmed } as PlanNode;
    return { type: 'edit', edit: makeEdit(`Rename ${kindOf(node.kind).label.toLowerCase()}`, { upsertNodes: [renamed] }) };
  },
});
