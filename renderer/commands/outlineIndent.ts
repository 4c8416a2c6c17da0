import { kindOf } from '../../shared/kinds/index.ts';
import { placeNewChild, placeNewSibling } from '../../shared/layout.ts';
import type { PlanNode } from '../../shared/model.ts';
import { indentMove, outdentMove } from '../../shared/rules/outlineMoves.ts';
import type { OutlineMove } from '../../shared/rules/outlineMoves.ts';
import { mapTree } from '../store/tree.ts';
import type { PlanState } from '../store/types.ts';
import { defineCommand } from './command.ts';
import type { CommandOutcome } from './command.ts';
import { makeEdit, singleSelectedNode } from './edits.ts';

/**
 * Moves the selected node's branch under its new parent: the node takes the new parent and order, and the branch
 * moves on the map as one piece to where a new child (or sibling) would go, so it does not land on other cards.
 * Only the branch's nodes change: every relation to the rest of the plan is kept.
 */
function moveBranch(state: PlanState, node: PlanNode, move: OutlineMove, label: string, placeAfter: string | null): CommandOutcome {
  if (!move.ok) return { type: 'notice', notice: move.reason };
  const branch = mapTree(state.nodes).subtree(node.id);
  const inBranch = new Set(branch.map((member) => member.id));
  const others = Object.values(state.nodes).filter((other) => !inBranch.has(other.id));
  const target = placeAfter === null ? placeNewChild(others, move.parentId) : placeNewSibling(others, placeAfter);
  const dx = target.x - node.position.x;
  const dy = target.y - node.position.y;
  const upsertNodes = branch.map((member) => {
    const position = { x: member.position.x + dx, y: member.position.y + dy };
    return (member.id === node.id ? { ...member, parentId: move.parentId, order: move.order, position } : { ...member, position }) as PlanNode;
  });
  const parent = state.nodes[move.parentId];
  if (parent?.collapsed) upsertNodes.push({ ...parent, collapsed: false } as PlanNode);
  return { type: 'edit', edit: makeEdit(`${label} ${kindOf(node.kind).label.toLowerCase()}`, { upsertNodes }, { selectAfter: { nodeIds: [node.id], edgeId: null } }) };
}

/** Tab in the outline: the selected item goes under the item above it (its branch with it). */
export const indentNode = defineCommand({
  id: 'outline.indent',
  label: 'Indent',
  undo: 'record',
  enabledWhen: (state) => singleSelectedNode(state) !== undefined,
  perform(state) {
    const node = singleSelectedNode(state)!;
    return moveBranch(state, node, indentMove(mapTree(state.nodes), node.id), 'Indent', null);
  },
});

/** Shift+Tab in the outline: the selected item leaves its parent and comes right after it (its branch with it). */
export const outdentNode = defineCommand({
  id: 'outline.outdent',
  label: 'Outdent',
  undo: 'record',
  enabledWhen: (state) => singleSelectedNode(state) !== undefined,
  perform(state) {
    const node = singleSelectedNode(state)!;
    const parentId = node.parentId;
    return moveBranch(state, node, outdentMove(mapTree(state.nodes), node.id), 'Outdent', parentId);
  },
});
