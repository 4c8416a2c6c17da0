import { kindOf } from '../../shared/kinds/index.ts';
import { edgeKindOf } from '../../shared/edges.ts';
import type { PlanState } from '../store/types.ts';
import { subtree } from '../store/tree.ts';
import { defineCommand } from './command.ts';
import { makeEdit } from './edits.ts';

/** The message shown when someone tries to delete the account at the centre of the map. */
export const ROOT_DELETE_NOTICE = 'The account is the centre of the map and cannot be deleted; delete the plan from the home screen instead.';

/** Deleting more map items than this at once asks first. */
export const DELETE_CONFIRM_THRESHOLD = 20;

/** Delete/Backspace: removes the selected nodes with their branches and relations, or the selected relation, as one undo step. */
export const deleteSelection = defineCommand({
  id: 'edit.delete',
  label: 'Delete',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  menu: ['edit.delete'],
  undo: 'record',
  enabledWhen: (state) => state.selection.nodeIds.length > 0 || state.selection.edgeId !== null,
  perform(state: PlanState) {
    const deleteNodes = new Set<string>();
    let refusedRoot = false;
    for (const id of state.selection.nodeIds) {
      const node = state.nodes[id];
      if (!node) continue;
      if (node.parentId === null) {
        refusedRoot = true;
        continue;
      }
      for (const member of subtree(state.nodes, id)) deleteNodes.add(member.id);
    }
    const deleteEdges = new Set<string>();
    if (state.selection.edgeId !== null && state.edges[state.selection.edgeId]) deleteEdges.add(state.selection.edgeId);
    for (const edge of Object.values(state.edges)) {
      if (deleteNodes.has(edge.source) || deleteNodes.has(edge.target)) deleteEdges.add(edge.id);
    }
    if (deleteNodes.size === 0 && deleteEdges.size === 0) {
      return refusedRoot ? { type: 'notice', notice: ROOT_DELETE_NOTICE } : { type: 'done' };
    }
    const first = state.nodes[state.selection.nodeIds.find((id) => deleteNodes.has(id)) ?? ''];
    const parentAfter = first?.parentId ?? null;
    let label: string;
    if (deleteNodes.size === 0) {
      const edge = state.edges[[...deleteEdges][0]!]!;
      label = `Delete “${edgeKindOf(edge.kind).label}” relation`;
    } else if (first && deleteNodes.size === 1) {
      label = `Delete ${kindOf(first.kind).label.toLowerCase()}`;
    } else {
      label = `Delete ${deleteNodes.size} items`;
    }
    // Children first, so the list reads in the order the backend may remove them.
    const ordered = [...deleteNodes].reverse();
    const edit = makeEdit(
      label,
      { deleteNodes: ordered, deleteEdges: [...deleteEdges] },
      { selectAfter: { nodeIds: parentAfter ? [parentAfter] : [], edgeId: null } },
    );
    if (refusedRoot) edit.label = `${label} (the account stays)`;
    if (deleteNodes.size > DELETE_CONFIRM_THRESHOLD) {
      return {
        type: 'confirm',
        edit,
        confirmation: {
          title: `Delete ${deleteNodes.size} items?`,
          message: `This deletes ${deleteNodes.size} items of the map${deleteEdges.size > 0 ? ` and ${deleteEdges.size} relations` : ''}. Undo brings them back while the plan stays open.`,
          confirmLabel: `Delete ${deleteNodes.size} items`,
        },
      };
    }
    return { type: 'edit', edit };
  },
});
