import { demote, moveAmongSiblings, promote } from '../../shared/rules/moveBranch.ts';
import type { MoveResult, MovableItem } from '../../shared/rules/moveBranch.ts';
import type { PlanTree } from '../../shared/rules/tree.ts';
import type { MenuCommand } from '../../shared/desktop.ts';
import type { PlanNode } from '../../shared/model.ts';
import { mapTree } from '../store/tree.ts';
import { branchMovesEdit } from './branchMoveEdit.ts';
import { defineCommand } from './command.ts';
import type { Command, Shortcut } from './command.ts';
import { singleSelectedNode } from './edits.ts';

type Rule = (tree: PlanTree<PlanNode & MovableItem>, nodeId: string) => MoveResult;

/** A command that moves the selected branch by one of the move rules (one undo step; a refusal says why). */
export function branchMoveCommand(id: string, label: string, rule: Rule, shortcut?: Shortcut, menu?: MenuCommand): Command {
  return defineCommand({
    id,
    label,
    shortcuts: shortcut ? [shortcut] : [],
    menu: menu ? [menu] : [],
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
export const moveUp = branchMoveCommand('node.moveUp', 'Move up', (tree, id) => moveAmongSiblings(tree, id, -1), { key: 'ArrowUp', alt: true }, 'edit.moveUp');
/** Alt+Down: the selected branch one place later among its siblings. */
export const moveDown = branchMoveCommand('node.moveDown', 'Move down', (tree, id) => moveAmongSiblings(tree, id, 1), { key: 'ArrowDown', alt: true }, 'edit.moveDown');
/** Alt+Left: the selected branch becomes a sibling of its parent, right after it. */
export const promoteBranch = branchMoveCommand('node.promote', 'Promote', promote, { key: 'ArrowLeft', alt: true }, 'edit.promote');
/** Alt+Right: the selected branch becomes the last child of the sibling above it. */
export const demoteBranch = branchMoveCommand('node.demote', 'Demote', demote, { key: 'ArrowRight', alt: true }, 'edit.demote');

/** The four keyboard moves, in menu order. */
export const branchMoveCommands: readonly Command[] = [moveUp, moveDown, promoteBranch, demoteBranch];
