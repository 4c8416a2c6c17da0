import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import type { PlanNode } from '../../shared/model.ts';
import { canBeChildOf } from '../../shared/rules/moveBranch.ts';
import { mapTree, rootNode } from '../store/tree.ts';

/** Kinds offered as a place for imported stakeholders besides the account: plain branches and other people. */
const BRANCH_KINDS: readonly NodeKind[] = ['topic', 'stakeholder'];

/** One place new stakeholders can go. */
export interface ParentChoice {
  id: string;
  label: string;
}

/** Where imported stakeholders can go: the account, then its topics and stakeholders in outline order. */
export function parentChoices(nodes: Readonly<Record<string, PlanNode>>): ParentChoice[] {
  const root = rootNode(nodes);
  if (!root) return [];
  const choices: ParentChoice[] = [{ id: root.id, label: `The account (${root.label.trim() || 'unnamed'})` }];
  for (const node of mapTree(nodes).subtree(root.id)) {
    if (node.id === root.id || !BRANCH_KINDS.includes(node.kind) || !canBeChildOf('stakeholder', node.kind)) continue;
    choices.push({ id: node.id, label: `${kindOf(node.kind).label}: ${node.label.trim() || 'unnamed'}` });
  }
  return choices;
}
