import { rootNode } from '../store/tree.ts';
import { clipboardTextOf, collectBranches, writeClipboard } from './clipboardFormat.ts';
import { holdClipboard } from './clipboardMemory.ts';
import { defineCommand } from './command.ts';
import { selectedNodeIds } from './copy.ts';
import type { CopyArgs } from './copy.ts';
import { makeEdit } from './edits.ts';
import { itemsLabel } from './pasteBranches.ts';

/** The message shown when someone tries to cut the account at the centre of the map. */
export const ROOT_CUT_NOTICE = 'The account is the centre of the map and cannot be cut; copy it, or select its branches to cut them.';

/**
 * Ctrl/Cmd+X: copies the selected branches (as Copy does) and removes them with their relations, as one undo
 * step. The account stays; cutting only the account says why nothing happened.
 */
export const cut = defineCommand<CopyArgs | void>({
  id: 'edit.cut',
  label: 'Cut',
  shortcuts: [{ key: 'x', mod: true }],
  menu: ['edit.cut'],
  undo: 'record',
  enabledWhen: (state) => selectedNodeIds(state).length > 0,
  perform(state, args) {
    const selected = selectedNodeIds(state);
    const rootId = rootNode(state.nodes)?.id;
    const { nodes, edges, outside } = collectBranches(state, selected, false);
    if (nodes.length === 0) return { type: 'notice', notice: ROOT_CUT_NOTICE };
    const content = clipboardTextOf(nodes, edges, { planId: state.plan.id, outside });
    holdClipboard(content);
    if (args?.clipboard) writeClipboard(args.clipboard, content);

    const removed = new Set(nodes.map((node) => node.id));
    const touching = Object.values(state.edges).filter((edge) => removed.has(edge.source) || removed.has(edge.target));
    const first = nodes[0]!;
    let label = itemsLabel('Cut', nodes);
    if (rootId !== undefined && selected.includes(rootId)) label += ' (the account stays)';
    // Children first, the order the backend may remove them in.
    const edit = makeEdit(
      label,
      { deleteNodes: nodes.map((node) => node.id).reverse(), deleteEdges: touching.map((edge) => edge.id) },
      { selectAfter: { nodeIds: first.parentId ? [first.parentId] : [], edgeId: null } },
    );
    return { type: 'edit', edit };
  },
});
