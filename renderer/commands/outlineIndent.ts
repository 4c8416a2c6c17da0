import { demote, promote } from '../../shared/rules/moveBranch.ts';
import { branchMoveCommand } from './moveBranch.ts';

/** Tab in the outline: the selected item goes under the item above it, its branch with it (the map's Demote, Alt+Right). */
export const indentNode = branchMoveCommand('outline.indent', 'Indent', demote);

/** Shift+Tab in the outline: the selected item leaves its parent and comes right after it (the map's Promote, Alt+Left). */
export const outdentNode = branchMoveCommand('outline.outdent', 'Outdent', promote);
