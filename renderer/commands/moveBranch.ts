import { demote, moveAmongSiblings, promote } from '../../shared/rules/moveBranch.ts';
import type { MoveResult, MovableItem } from '../../shared/rules/moveBranch.ts';
import type { PlanTree } from '../../shared/rules/tree.ts';
import type { PlanNode } from '../../shared/model.ts';
import { mapTree } from '../store/tree.ts';
import { branchMovesEdit } from './branchMoveEdit.ts';
import { defineCommand } from './command.ts';
import type { Command, Shortcut } from './command.ts';
import { singleSelectedNode } from './edits.ts';

type Rule = (tree: PlanTree<PlanNode & MovableItem>, nodeId: string) => MoveResult;

function keyboardMove(id: string, label: string, shortcut: Shortcut, rule: Rule): Command {
  return defineCommand({
    id,
    label,
    shortcuts: [shortcut],
    undo: 'record',
    enabledWhen: (state) => singleSelectedNode(state) !== undefined,
    perform(state) {
      const node = singleSelectedNode(state)!;
      const result = branchMovesEdit(state.nodes, [(nodes) => rule(mapTree(nodes), node.id)], label);
      return result.ok ? { type: 'edit', edit: result.edit } : { type: 'notice', notice: result.reason };
    },
  });
}

/** Alt+Up: the selected branch one place earlier among its siblings. */
export const moveUp = keyboardMove('node.moveUp', 'Move up', { key: 'ArrowUp', alt: true }, (tree, id) => moveAmongSiblings(tree, id, -1));
/** Alt+Down: the selected branch one place later among its siblings. */
export const moveDown = keyboardMove('node.moveDown', 'Move down', { key: 'ArrowDown', alt: true }, (tree, id) => moveAmongSiblings(tree, id, 1));
/** Alt+Left: the selected branch becomes a sibling of its parent, right after it. */
export const promoteBranch = keyboardMove('node.promote', 'Promote', { key: 'ArrowLeft', alt: true }, promote);
/** Alt+Right: the selected branch becomes the last child of the sibling above it. */
export const demoteBranch = keyboardMove('node.demote', 'Demote', { key: 'ArrowRight', alt: true }, demote);

/** The four keyboard moves, in menu order. */
export const branchMoveCommands: readonly Command[] = [moveUp, moveDown, promoteBranch, demoteBranch];
