import type { PlanState } from '../store/types.ts';
import { clipboardTextOf, collectBranches, writeClipboard } from './clipboardFormat.ts';
import type { ClipboardWriter } from './clipboardFormat.ts';
import { holdClipboard } from './clipboardMemory.ts';
import { defineCommand } from './command.ts';

/** Where a copy or cut writes besides the in-memory copy: the clipboard event's data, when there is one. */
export interface CopyArgs {
  clipboard?: ClipboardWriter;
}

/** The selected nodes that still exist. */
export function selectedNodeIds(state: Pick<PlanState, 'nodes' | 'selection'>): string[] {
  return state.selection.nodeIds.filter((id) => state.nodes[id] !== undefined);
}

/**
 * Ctrl/Cmd+C: copies the selected nodes with their whole branches and the relations among them, as JSON for
 * Account Atlas and an outline for other apps. Changes nothing on the map, so it is no undo step.
 */
export const copy = defineCommand<CopyArgs | void>({
  id: 'edit.copy',
  label: 'Copy',
  shortcuts: [{ key: 'c', mod: true }],
  menu: ['edit.copy'],
  undo: 'skip',
  enabledWhen: (state) => selectedNodeIds(state).length > 0,
  perform(state, args) {
    const { nodes, edges, outside } = collectBranches(state, selectedNodeIds(state), true);
    const content = clipboardTextOf(nodes, edges, { planId: state.plan.id, outside });
    holdClipboard(content);
    if (args?.clipboard) writeClipboard(args.clipboard, content);
    return { type: 'done' };
  },
});
