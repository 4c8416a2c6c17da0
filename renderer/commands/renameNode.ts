import { kindOf } from '../../shared/kinds/index.ts';
import type { PlanNode } from '../../shared/model.ts';
import { editingNotice } from '../../shared/workshop.ts';
import { defineCommand } from './command.ts';
import { makeEdit, singleSelectedNode } from './edits.ts';

/** F2 (and a double click): starts renaming the selected node in place, unless someone else in the workshop is editing it. */
export const startRename = defineCommand({
  id: 'node.rename',
  label: 'Rename',
  shortcuts: [{ key: 'F2' }],
  undo: 'skip',
  enabledWhen: (state) => singleSelectedNode(state) !== undefined,
  perform(state, _args, env) {
    const node = singleSelectedNode(state)!;
    const lock = env.editingByOthers?.get(node.id);
    if (lock) return { type: 'notice', notice: editingNotice(lock.name, node.label) };
    return { type: 'rename', nodeId: node.id };
  },
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
