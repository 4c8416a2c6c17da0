import { ACCOUNT_FIELD_VISIBILITY } from './account.ts';
import { INTERNAL_ACCOUNT_FIELDS, INTERNAL_PLAN_FIELDS } from './document/editions.ts';
import { edgeKindOf } from './edges.ts';
import { kindOf } from './kinds/index.ts';
import type { PlanDocument, PlanEdge, PlanNode } from './model.ts';
import type { LoggedChange } from './patch.ts';
import { PLAN_FIELD_VISIBILITY } from './plan.ts';

/** What a customer-view participant is sent for one accepted change: the change as they may see it, or "reload". */
export type CustomerDelivery = { type: 'change'; change: LoggedChange } | { type: 'reload' };

type Change = LoggedChange['change'];
type NodeUpdate = NonNullable<Change['updateNodes']>[number];
type EdgeUpdate = NonNullable<Change['updateEdges']>[number];

/**
 * The change a customer-view participant is sent, worked out from the customer views of the plan before and after
 * it (`customerView` of shared/document/editions.ts): internal items are left out, internal fields removed from
 * updates, whole items sent as the customer view has them. A change touching only internal items becomes an empty
 * change that carries nothing but its revision (so the participant sees no gap). Whenever the filtered change would
 * not turn what the participant had into exactly what they may now see (an item appearing or vanishing with its
 * branch, a relation hidden by a moved node), the answer is "reload": the participant loads the customer view again.
 */
export function customerChange(logged: LoggedChange, before: PlanDocument, after: PlanDocument): CustomerDelivery {
  const { change } = logged;
  const nodesBefore = byId(before.nodes);
  const nodesAfter = byId(after.nodes);
  const edgesBefore = byId(before.edges);
  const edgesAfter = byId(after.edges);
  const out: Change = {};

  const upsertNodes: PlanNode[] = [];
  const updateNodes: NodeUpdate[] = [];
  const touchedNodes = new Set<string>();
  for (const node of change.upsertNodes ?? []) touchedNodes.add(node.id);
  for (const update of change.updateNodes ?? []) {
    const shown = nodesAfter.get(update.id);
    if (shown && nodesBefore.has(update.id) && update.kind === undefined) {
      const filtered = nodeUpdateForCustomer(update, shown);
      if (filtered) updateNodes.push(filtered);
    } else {
      touchedNodes.add(update.id);
    }
  }
  for (const id of touchedNodes) {
    const shown = nodesAfter.get(id);
    if (shown) upsertNodes.push(shown);
  }
  const deleteNodes = (change.deleteNodes ?? []).filter((id) => nodesBefore.has(id));
  const positions = (change.positions ?? []).filter((position) => nodesBefore.has(position.id) && nodesAfter.has(position.id));

  const upsertEdges: PlanEdge[] = [];
  const updateEdges: EdgeUpdate[] = [];
  const touchedEdges = new Set<string>();
  for (const edge of change.upsertEdges ?? []) touchedEdges.add(edge.id);
  for (const update of change.updateEdges ?? []) {
    const shown = edgesAfter.get(update.id);
    if (shown && edgesBefore.has(update.id) && update.kind === undefined && update.source === undefined && update.target === undefined) {
      const filtered = edgeUpdateForCustomer(update, shown);
      if (filtered) updateEdges.push(filtered);
    } else {
      touchedEdges.add(update.id);
    }
  }
  for (const id of touchedEdges) {
    const shown = edgesAfter.get(id);
    if (shown) upsertEdges.push(shown);
  }
  const deleteEdges = (change.deleteEdges ?? []).filter((id) => edgesBefore.has(id));

  if (!sameIds(applied(nodesBefore, upsertNodes, deleteNodes), nodesAfter)) return { type: 'reload' };
  if (!sameIds(applied(edgesBefore, upsertEdges, deleteEdges), edgesAfter)) return { type: 'reload' };

  if (upsertNodes.length > 0) out.upsertNodes = upsertNodes;
  if (updateNodes.length > 0) out.updateNodes = updateNodes;
  if (deleteNodes.length > 0) out.deleteNodes = deleteNodes;
  if (positions.length > 0) out.positions = positions;
  if (upsertEdges.length > 0) out.upsertEdges = upsertEdges;
  if (updateEdges.length > 0) out.updateEdges = updateEdges;
  if (deleteEdges.length > 0) out.deleteEdges = deleteEdges;
  const account = withoutKeys(change.account, INTERNAL_ACCOUNT_FIELDS, ACCOUNT_FIELD_VISIBILITY);
  if (account) out.account = account;
  const plan = withoutKeys(change.plan, INTERNAL_PLAN_FIELDS, PLAN_FIELD_VISIBILITY);
  if (plan) out.plan = plan;

  const { changeId: _changeId, ...rest } = logged;
  return { type: 'change', change: { ...rest, ...(Object.keys(out).length > 0 && logged.changeId !== undefined ? { changeId: logged.changeId } : {}), change: out } };
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function applied<T extends { id: string }>(before: Map<string, T>, upserts: readonly T[], deletes: readonly string[]): Set<string> {
  const ids = new Set(before.keys());
  for (const id of deletes) ids.delete(id);
  for (const item of upserts) ids.add(item.id);
  return ids;
}

function sameIds(ids: Set<string>, expected: Map<string, unknown>): boolean {
  if (ids.size !== expected.size) return false;
  for (const id of ids) if (!expected.has(id)) return false;
  return true;
}

/** The update without its internal data fields (the node stays visible and keeps its kind), or null when nothing is left. */
function nodeUpdateForCustomer(update: NodeUpdate, shown: PlanNode): NodeUpdate | null {
  const { data, ...fields } = update;
  const internal = new Set<string>(kindOf(shown.kind).internalFields);
  const shownData = data === undefined ? undefined : Object.fromEntries(Object.entries(data).filter(([key]) => !internal.has(key)));
  const result: NodeUpdate = { ...fields, ...(shownData && Object.keys(shownData).length > 0 ? { data: shownData } : {}) };
  return Object.keys(result).length > 1 ? result : null;
}

function edgeUpdateForCustomer(update: EdgeUpdate, shown: PlanEdge): EdgeUpdate | null {
  const { data, ...fields } = update;
  const internal = new Set(edgeKindOf(shown.kind).fields.filter((field) => field.internal).map((field) => field.key));
  const shownData = data === undefined ? undefined : Object.fromEntries(Object.entries(data).filter(([key]) => !internal.has(key)));
  const result: EdgeUpdate = { ...fields, ...(shownData && Object.keys(shownData).length > 0 ? { data: shownData } : {}) };
  return Object.keys(result).length > 1 ? result : null;
}

/** Only the keys the visibility table calls shared (an unknown key is left out too), or undefined when none is left. */
function withoutKeys<T extends object>(
  fields: T | undefined,
  internal: readonly string[],
  visibility: Record<string, 'shared' | 'internal'>,
): T | undefined {
  if (!fields) return undefined;
  const kept = Object.fromEntries(
    Object.entries(fields).filter(([key]) => !internal.includes(key) && visibility[key] === 'shared'),
  ) as T;
  return Object.keys(kept).length > 0 ? kept : undefined;
}
