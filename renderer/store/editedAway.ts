import type { PlanChange } from '../../shared/changes.ts';

/**
 * True when a change writes nothing but fields of these nodes (the edits typed into a node someone else deleted
 * meanwhile): the backend's refusal of it says nothing the person has not been told already.
 */
export function onlyEditsNodes(change: PlanChange, nodeIds: ReadonlySet<string>): boolean {
  const ids = [...(change.upsertNodes ?? []).map((node) => node.id), ...(change.updateNodes ?? []).map((update) => update.id)];
  const other =
    (change.deleteNodes?.length ?? 0) > 0 ||
    (change.upsertEdges?.length ?? 0) > 0 ||
    (change.updateEdges?.length ?? 0) > 0 ||
    (change.deleteEdges?.length ?? 0) > 0 ||
    (change.positions ?? []).some((position) => !nodeIds.has(position.id)) ||
    Object.keys(change.account ?? {}).length > 0 ||
    Object.keys(change.plan ?? {}).length > 0;
  return !other && ids.length > 0 && ids.every((id) => nodeIds.has(id));
}
