import type { Edit, PlanState } from '../store/types.ts';

/** Why an edit may not be made because it would change or remove a node whose stored record is damaged, or null. */
export function damagedNodeRefusal(edit: Edit, state: Pick<PlanState, 'nodes'>): string | null {
  const { upsertNodes = [], updateNodes = [], deleteNodes = [] } = edit.forward;
  const touched = [...upsertNodes.map((node) => node.id), ...updateNodes.map((update) => update.id), ...deleteNodes];
  for (const id of touched) {
    const node = state.nodes[id];
    if (node?.damaged) {
      return `“${node.label}” is damaged in the library (${node.damaged}), so it cannot be changed or deleted; restore a backup to get it back.`;
    }
  }
  return null;
}

/** The sentence for an edit refused because the library is read-only. */
export function readOnlyRefusal(reason: string): string {
  return `Editing is off: this library is read-only (${reason}).`;
}
