import type { PlanNode } from '../../shared/model.ts';
import type { PlanState } from '../store/types.ts';
import { nextChildOrder, rootNode } from '../store/tree.ts';
import { heldClipboard } from './clipboardMemory.ts';
import { leftOutNotice, readClipboard } from './clipboardRead.ts';
import type { ClipboardSource } from './clipboardRead.ts';
import { defineCommand } from './command.ts';
import { singleSelectedNode } from './edits.ts';
import { itemsLabel, pasteBranchesEdit } from './pasteBranches.ts';

/** What Paste reads. */
export interface PasteArgs {
  /** What the system clipboard held; absent when it could not be read, so the last copy kept in memory is pasted. */
  clipboard?: ClipboardSource;
}

/** The node pasted items go under: the single selected node, else the account root. */
export function pasteTarget(state: Pick<PlanState, 'nodes' | 'selection'>): PlanNode | undefined {
  return singleSelectedNode(state) ?? rootNode(state.nodes);
}

/**
 * Ctrl/Cmd+V: pastes copied branches (or plain text as topics, one per line) under the selected node with fresh
 * ids, beside it without overlapping; everything read is validated and what is not valid is left out and reported.
 * The pasted branch tops become the selection; one undo step removes everything pasted.
 */
export const paste = defineCommand<PasteArgs | void>({
  id: 'edit.paste',
  label: 'Paste',
  shortcuts: [{ key: 'v', mod: true }],
  menu: ['edit.paste'],
  undo: 'record',
  enabledWhen: (state) => pasteTarget(state) !== undefined,
  perform(state, args) {
    const reading = readClipboard(args ? args.clipboard : undefined, heldClipboard());
    if (!reading.ok) return { type: 'notice', notice: reading.notice };
    const { nodes, leftOut } = reading.content;
    const notice = leftOutNotice(nodes.length, leftOut);
    const target = pasteTarget(state)!;
    const firstOrder = nextChildOrder(state.nodes, target.id);
    const edit = pasteBranchesEdit(state, reading.content, itemsLabel('Paste', nodes), (_top, index) => ({
      parentId: target.id,
      order: firstOrder + index,
    }));
    if (!edit) return { type: 'notice', notice: notice ?? 'Nothing was pasted: the clipboard held no map items.' };
    // One sentence about items left out (invalid, not allowed, over the limit) after a paste that still pasted something.
    return { type: 'edit', edit: notice ? { ...edit, notice } : edit };
  },
});
