import { sameValue } from '../../shared/changes.ts';
import type { NodeUpdate } from '../../shared/changes.ts';
import { defineCommand } from './command.ts';
import { makeEdit } from './edits.ts';

/**
 * Inspector with several items selected: sets one field on all of them as one undo step (one field-level change
 * over all the nodes). Pass the same `burst` for every keystroke while the field has focus.
 */
export const setFieldOnNodes = defineCommand<{ ids: readonly string[]; key: string; value: unknown; burst?: string }>({
  id: 'node.updateMany',
  label: 'Edit selected items',
  undo: 'record',
  enabledWhen: (state, { ids }) => ids.length > 0 && ids.every((id) => state.nodes[id] !== undefined),
  perform(state, { ids, key, value, burst }) {
    const updateNodes: NodeUpdate[] = ids
      .filter((id) => !sameValue((state.nodes[id]!.data as Record<string, unknown>)[key], value))
      .map((id) => ({ id, data: { [key]: value } }));
    if (updateNodes.length === 0) return { type: 'done' };
    const edit = makeEdit(`Edit ${ids.length} items`, { updateNodes }, {
      coalesceKey: burst === undefined ? undefined : `node.updateMany:${[...ids].sort().join(',')}:${key}:${burst}`,
    });
    return { type: 'edit', edit };
  },
});
