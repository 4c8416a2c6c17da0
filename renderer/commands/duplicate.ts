import { placeNewSibling } from '../../shared/layout.ts';
import { orderAfter } from '../store/tree.ts';
import { collectBranches } from './clipboardFormat.ts';
import { defineCommand } from './command.ts';
import { selectedNodeIds } from './copy.ts';
import { itemsLabel, pasteBranchesEdit } from './pasteBranches.ts';

/** The message shown when someone tries to duplicate the account at the centre of the map. */
export const ROOT_DUPLICATE_NOTICE = 'A plan has one account at the centre of its map, so it cannot be duplicated; select its branches instead.';

/**
 * Ctrl/Cmd+D: copies the selected branches and pastes each right below itself as a sibling, with fresh ids and
 * the relations among them, as one undo step. The clipboard is left alone.
 */
export const duplicate = defineCommand({
  id: 'edit.duplicate',
  label: 'Duplicate',
  shortcuts: [{ key: 'd', mod: true }],
  undo: 'record',
  enabledWhen: (state) => selectedNodeIds(state).length > 0,
  perform(state) {
    const { nodes, edges } = collectBranches(state, selectedNodeIds(state), false);
    if (nodes.length === 0) return { type: 'notice', notice: ROOT_DUPLICATE_NOTICE };
    const edit = pasteBranchesEdit(state, { nodes, edges }, itemsLabel('Duplicate', nodes), (top, _index, current) => ({
      parentId: top.parentId!,
      start: placeNewSibling(current, top.id),
      order: orderAfter(state.nodes, top),
    }));
    return edit ? { type: 'edit', edit } : { type: 'done' };
  },
});
