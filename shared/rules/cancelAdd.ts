import type { PlanChange } from '../changes.ts';

/** An undo step as the rule reads it: what it did and how to undo it. */
export interface AddStep {
  forward: PlanChange;
  inverse: PlanChange;
}

/**
 * True when `step` is the adding of node `nodeId` (it creates the node and its undo deletes it), so cancelling the
 * node's name field can take the whole step back as if the node had never been added.
 */
export function isAddOf(step: AddStep | undefined, nodeId: string): boolean {
  if (!step) return false;
  const creates = step.forward.upsertNodes?.some((node) => node.id === nodeId) ?? false;
  const deletes = step.inverse.deleteNodes?.includes(nodeId) ?? false;
  return creates && deletes;
}

/** True when the name typed into a new node's field is still the one it opened with: Escape then cancels the add. */
export function nameUnchanged(typed: string, openedWith: string): boolean {
  return typed.trim() === openedWith.trim();
}
