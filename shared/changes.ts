import type { Account, AccountFields } from './account.ts';
import { edgeKindOf } from './edges.ts';
import type { EdgeKind } from './edges.ts';
import { kindOf } from './kinds/index.ts';
import type { NodeKind } from './kinds/index.ts';
import type { PlanEdge, PlanNode, Position } from './model.ts';
import type { Plan, Viewport } from './plan.ts';

/** The node fields a change may set; `data` names only the data fields it sets. */
export interface NodeUpdate {
  id: string;
  kind?: NodeKind;
  label?: string;
  data?: Readonly<Record<string, unknown>>;
  position?: Position;
  parentId?: string | null;
  order?: number;
  collapsed?: boolean;
  internal?: boolean;
}

/** The relation fields a change may set; `data` names only the data fields it sets. */
export interface EdgeUpdate {
  id: string;
  kind?: EdgeKind;
  source?: string;
  target?: string;
  data?: Readonly<Record<string, unknown>>;
}

/** Editable plan fields a change may set. */
export type PlanFieldChanges = Partial<Pick<Plan, 'title' | 'periodStart' | 'periodEnd' | 'growthTarget' | 'currency' | 'status'>>;

/** Editable account fields a change may set. */
export type AccountFieldChanges = Partial<AccountFields>;

/**
 * One change to a plan, naming only what it sets: whole records it creates (or replaces), fields of records it
 * updates, records it deletes, node positions, the viewport, and fields of the plan and its account.
 */
export interface PlanChange {
  account?: AccountFieldChanges;
  plan?: PlanFieldChanges;
  upsertNodes?: readonly PlanNode[];
  updateNodes?: readonly NodeUpdate[];
  deleteNodes?: readonly string[];
  upsertEdges?: readonly PlanEdge[];
  updateEdges?: readonly EdgeUpdate[];
  deleteEdges?: readonly string[];
  positions?: readonly { id: string; x: number; y: number }[];
  viewport?: Viewport;
}

/** The map a change applies to: nodes and relations by id. */
export interface MapContent {
  nodes: Readonly<Record<string, PlanNode>>;
  edges: Readonly<Record<string, PlanEdge>>;
}

/** A whole plan a change applies to: the map, the plan record and its account. */
export interface PlanContent extends MapContent {
  account: Account;
  plan: Plan;
}

/** The map, with the plan and account where the caller holds them. */
type ChangeTarget = MapContent & { account?: Account; plan?: Plan };

const NODE_FIELDS = ['kind', 'label', 'parentId', 'order', 'collapsed', 'internal'] as const;
const EDGE_FIELDS = ['kind', 'source', 'target'] as const;

/** Structural equality for the plain JSON values records hold. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function changedData(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let any = false;
  for (const key of Object.keys(after)) {
    if (!sameValue(before[key], after[key])) {
      out[key] = after[key];
      any = true;
    }
  }
  return any ? out : undefined;
}

/** The fields of `after` that differ from `before`, or null when nothing differs. */
export function diffNode(before: PlanNode, after: PlanNode): NodeUpdate | null {
  const update: Record<string, unknown> = { id: after.id };
  let any = false;
  for (const field of NODE_FIELDS) {
    if (!Object.is(before[field], after[field])) {
      update[field] = after[field];
      any = true;
    }
  }
  if (before.position.x !== after.position.x || before.position.y !== after.position.y) {
    update.position = { x: after.position.x, y: after.position.y };
    any = true;
  }
  // A new kind has other fields: the update carries all of them.
  const data = before.kind === after.kind ? changedData(before.data, after.data) : { ...after.data };
  if (data) {
    update.data = data;
    any = true;
  }
  return any ? (update as unknown as NodeUpdate) : null;
}

/** The fields of `after` that differ from `before`, or null when nothing differs. */
export function diffEdge(before: PlanEdge, after: PlanEdge): EdgeUpdate | null {
  const update: Record<string, unknown> = { id: after.id };
  let any = false;
  for (const field of EDGE_FIELDS) {
    if (before[field] !== after[field]) {
      update[field] = after[field];
      any = true;
    }
  }
  const data = before.kind === after.kind ? changedData(before.data, after.data) : { ...after.data };
  if (data) {
    update.data = data;
    any = true;
  }
  return any ? (update as unknown as EdgeUpdate) : null;
}

/** Data with an update's fields merged in; on a change of kind, fields the new kind lacks are dropped. */
function mergeData(
  data: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, unknown>> | undefined,
  kindChanged: boolean,
  hasField: (key: string) => boolean,
): Readonly<Record<string, unknown>> {
  if (!kindChanged && !fields) return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!kindChanged || hasField(key)) out[key] = value;
  for (const [key, value] of Object.entries(fields ?? {})) if (value !== undefined) out[key] = value;
  return out;
}

/** A node with an update merged in field by field; the caller validates the result. */
export function mergeNode(node: PlanNode, update: NodeUpdate): PlanNode {
  const kind = update.kind ?? node.kind;
  const definition = kindOf(kind);
  return {
    ...node,
    kind,
    label: update.label ?? node.label,
    data: mergeData(node.data, update.data, kind !== node.kind, (key) => definition.field(key) !== undefined),
    position: update.position ? { x: update.position.x, y: update.position.y } : node.position,
    parentId: update.parentId === undefined ? node.parentId : update.parentId,
    order: update.order ?? node.order,
    collapsed: update.collapsed ?? node.collapsed,
    internal: update.internal ?? node.internal,
  } as PlanNode;
}

/** A relation with an update merged in field by field; the caller validates the result. */
export function mergeEdge(edge: PlanEdge, update: EdgeUpdate): PlanEdge {
  const kind = update.kind ?? edge.kind;
  const fields = edgeKindOf(kind).fields;
  return {
    ...edge,
    kind,
    source: update.source ?? edge.source,
    target: update.target ?? edge.target,
    data: mergeData(edge.data, update.data, kind !== edge.kind, (key) => fields.some((field) => field.key === key)) as Record<string, unknown>,
  };
}

/** The account node at the centre of a plan. */
export function accountRoot(nodes: Readonly<Record<string, PlanNode>>): PlanNode | undefined {
  for (const node of Object.values(nodes)) if (node.kind === 'account' && node.parentId === null) return node;
  return undefined;
}

/** True when a change changes nothing. */
export function isEmptyChange(change: PlanChange): boolean {
  return (
    !change.upsertNodes?.length &&
    !change.updateNodes?.length &&
    !change.deleteNodes?.length &&
    !change.upsertEdges?.length &&
    !change.updateEdges?.length &&
    !change.deleteEdges?.length &&
    !change.positions?.length &&
    change.viewport === undefined &&
    (change.account === undefined || Object.keys(change.account).length === 0) &&
    (change.plan === undefined || Object.keys(change.plan).length === 0)
  );
}

/** True when a change touches what the plan holds (anything but the viewport). */
export function changesContent(change: PlanChange): boolean {
  return !isEmptyChange({ ...change, viewport: undefined });
}

/**
 * Applies a change in the backend's order (relation deletes, node deletes with their relations, node upserts and
 * updates, relation upserts and updates, positions, plan and account fields). Unchanged records keep their
 * identity. Updates of records that do not exist are skipped (the backend refuses them). The account's name and
 * the label of the account node are one fact: setting either sets both.
 */
export function applyPlanChange<C extends ChangeTarget>(content: C, change: PlanChange): C {
  let nodes = content.nodes;
  let edges = content.edges;
  let account = content.account;
  let plan = content.plan;
  const writableNodes = (): Record<string, PlanNode> => {
    if (nodes === content.nodes) nodes = { ...content.nodes };
    return nodes as Record<string, PlanNode>;
  };
  const writableEdges = (): Record<string, PlanEdge> => {
    if (edges === content.edges) edges = { ...content.edges };
    return edges as Record<string, PlanEdge>;
  };
  const setNode = (node: PlanNode) => {
    if (nodes[node.id] !== node) writableNodes()[node.id] = node;
  };

  for (const id of change.deleteEdges ?? []) if (edges[id]) delete writableEdges()[id];
  if (change.deleteNodes?.length) {
    const deleting = new Set(change.deleteNodes);
    for (const id of deleting) if (nodes[id]) delete writableNodes()[id];
    for (const edge of Object.values(edges)) {
      if (deleting.has(edge.source) || deleting.has(edge.target)) delete writableEdges()[edge.id];
    }
  }
  for (const node of change.upsertNodes ?? []) setNode(node);
  for (const update of change.updateNodes ?? []) {
    const node = nodes[update.id];
    if (node) setNode(mergeNode(node, update));
  }
  for (const edge of change.upsertEdges ?? []) if (edges[edge.id] !== edge) writableEdges()[edge.id] = edge;
  for (const update of change.updateEdges ?? []) {
    const edge = edges[update.id];
    if (edge) writableEdges()[update.id] = mergeEdge(edge, update);
  }
  for (const { id, x, y } of change.positions ?? []) {
    const node = nodes[id];
    if (node && (node.position.x !== x || node.position.y !== y)) setNode({ ...node, position: { x, y } });
  }
  if (plan && change.plan && Object.keys(change.plan).length > 0) plan = { ...plan, ...change.plan };
  if (account && change.account && Object.keys(change.account).length > 0) account = { ...account, ...change.account };

  const root = account && accountRoot(nodes);
  if (account && root) {
    const renamedOnMap = root !== accountRoot(content.nodes) && root.label !== content.account?.name && root.label.trim() !== '';
    if (renamedOnMap && change.account?.name === undefined) account = { ...account, name: root.label.trim() };
    if (root.label !== account.name) setNode({ ...root, label: account.name } as PlanNode);
  }
  if (nodes === content.nodes && edges === content.edges && account === content.account && plan === content.plan) return content;
  return { ...content, nodes, edges, account, plan };
}

function oldFields<T extends object>(before: T, fields: object): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) out[key] = (before as Record<string, unknown>)[key];
  return out as Partial<T>;
}

/** The change that undoes `change` when applied after it, worked out from the content before it. */
export function invertChange(before: ChangeTarget, change: PlanChange): PlanChange {
  const upsertNodes = new Map<string, PlanNode>();
  const updateNodes = new Map<string, NodeUpdate>();
  const deleteNodes = new Set<string>();
  const upsertEdges = new Map<string, PlanEdge>();
  const updateEdges = new Map<string, EdgeUpdate>();
  const deleteEdges = new Set<string>();
  const positions = new Map<string, Position>();

  const restoreEdge = (id: string) => {
    const old = before.edges[id];
    if (old) upsertEdges.set(id, old);
  };
  for (const id of change.deleteEdges ?? []) restoreEdge(id);
  const deleting = new Set((change.deleteNodes ?? []).filter((id) => before.nodes[id]));
  for (const id of deleting) upsertNodes.set(id, before.nodes[id]!);
  if (deleting.size > 0) {
    for (const edge of Object.values(before.edges)) if (deleting.has(edge.source) || deleting.has(edge.target)) restoreEdge(edge.id);
  }
  for (const node of change.upsertNodes ?? []) {
    const old = before.nodes[node.id];
    if (old) upsertNodes.set(node.id, old);
    else deleteNodes.add(node.id);
  }
  for (const update of change.updateNodes ?? []) {
    const old = before.nodes[update.id];
    if (!old || upsertNodes.has(update.id)) continue;
    const undo = oldFields(old, update) as NodeUpdate;
    undo.id = update.id;
    if (update.kind !== undefined && update.kind !== old.kind) undo.data = { ...old.data };
    else if (update.data) undo.data = oldFields(old.data as Record<string, unknown>, update.data);
    if (update.position) undo.position = old.position;
    updateNodes.set(update.id, undo);
  }
  for (const edge of change.upsertEdges ?? []) {
    if (before.edges[edge.id]) restoreEdge(edge.id);
    else deleteEdges.add(edge.id);
  }
  for (const update of change.updateEdges ?? []) {
    const old = before.edges[update.id];
    if (!old || upsertEdges.has(update.id)) continue;
    const undo = oldFields(old, update) as EdgeUpdate;
    undo.id = update.id;
    if (update.kind !== undefined && update.kind !== old.kind) undo.data = { ...old.data };
    else if (update.data) undo.data = oldFields(old.data, update.data);
    updateEdges.set(update.id, undo);
  }
  for (const { id } of change.positions ?? []) {
    const old = before.nodes[id];
    if (old && !upsertNodes.has(id) && !deleteNodes.has(id) && !updateNodes.get(id)?.position) positions.set(id, old.position);
  }
  // Relations of nodes the inverse deletes go with them; they must not be restored by the same inverse.
  for (const edge of upsertEdges.values()) {
    if (deleteNodes.has(edge.source) || deleteNodes.has(edge.target)) upsertEdges.delete(edge.id);
  }
  return compactChange({
    account: change.account && before.account ? oldFields(before.account, change.account) : undefined,
    plan: change.plan && before.plan ? oldFields(before.plan, change.plan) : undefined,
    upsertNodes: parentsFirst([...upsertNodes.values()]),
    updateNodes: [...updateNodes.values()],
    deleteNodes: [...deleteNodes],
    upsertEdges: [...upsertEdges.values()],
    updateEdges: [...updateEdges.values()],
    deleteEdges: [...deleteEdges],
    positions: [...positions].map(([id, position]) => ({ id, x: position.x, y: position.y })),
  });
}

type NodeOp = { op: 'upsert'; node: PlanNode } | { op: 'update'; update: NodeUpdate } | { op: 'delete' };
type EdgeOp = { op: 'upsert'; edge: PlanEdge } | { op: 'update'; update: EdgeUpdate } | { op: 'delete' };

function mergeUpdates<U extends { id: string; data?: Readonly<Record<string, unknown>> }>(first: U, second: U): U {
  const merged = { ...first, ...second };
  if (first.data || second.data) merged.data = { ...first.data, ...second.data };
  return merged;
}

/** One change with the effect of applying `first` then `second`. */
export function composeChanges(first: PlanChange, second: PlanChange): PlanChange {
  const nodeOps = new Map<string, NodeOp>();
  const edgeOps = new Map<string, EdgeOp>();
  const positions = new Map<string, Position>();
  let viewport: Viewport | undefined;
  let account: AccountFieldChanges | undefined;
  let plan: PlanFieldChanges | undefined;

  for (const change of [first, second]) {
    for (const id of change.deleteEdges ?? []) edgeOps.set(id, { op: 'delete' });
    for (const id of change.deleteNodes ?? []) {
      nodeOps.set(id, { op: 'delete' });
      positions.delete(id);
    }
    for (const node of change.upsertNodes ?? []) {
      nodeOps.set(node.id, { op: 'upsert', node });
      positions.delete(node.id);
    }
    for (const update of change.updateNodes ?? []) {
      const op = nodeOps.get(update.id);
      if (op?.op === 'delete') continue;
      let next = update;
      const position = positions.get(update.id);
      if (position && !update.position) next = { ...update, position };
      positions.delete(update.id);
      if (op?.op === 'upsert') nodeOps.set(update.id, { op: 'upsert', node: mergeNode(op.node, next) });
      else if (op?.op === 'update') nodeOps.set(update.id, { op: 'update', update: mergeUpdates(op.update, next) });
      else nodeOps.set(update.id, { op: 'update', update: next });
    }
    for (const edge of change.upsertEdges ?? []) edgeOps.set(edge.id, { op: 'upsert', edge });
    for (const update of change.updateEdges ?? []) {
      const op = edgeOps.get(update.id);
      if (op?.op === 'delete') continue;
      if (op?.op === 'upsert') edgeOps.set(update.id, { op: 'upsert', edge: mergeEdge(op.edge, update) });
      else if (op?.op === 'update') edgeOps.set(update.id, { op: 'update', update: mergeUpdates(op.update, update) });
      else edgeOps.set(update.id, { op: 'update', update });
    }
    for (const { id, x, y } of change.positions ?? []) {
      const op = nodeOps.get(id);
      if (op?.op === 'upsert') nodeOps.set(id, { op: 'upsert', node: { ...op.node, position: { x, y } } });
      else if (op?.op === 'update') nodeOps.set(id, { op: 'update', update: { ...op.update, position: { x, y } } });
      else if (op?.op !== 'delete') positions.set(id, { x, y });
    }
    if (change.viewport) viewport = change.viewport;
    if (change.account) account = { ...account, ...change.account };
    if (change.plan) plan = { ...plan, ...change.plan };
  }
  // A relation upserted earlier to a node deleted later goes with that node.
  for (const [id, op] of edgeOps) {
    if (op.op !== 'upsert') continue;
    if (nodeOps.get(op.edge.source)?.op === 'delete' || nodeOps.get(op.edge.target)?.op === 'delete') edgeOps.set(id, { op: 'delete' });
  }

  const upsertNodes: PlanNode[] = [];
  const updateNodes: NodeUpdate[] = [];
  const deleteNodes: string[] = [];
  for (const [id, op] of nodeOps) {
    if (op.op === 'upsert') upsertNodes.push(op.node);
    else if (op.op === 'update') updateNodes.push(op.update);
    else deleteNodes.push(id);
  }
  const upsertEdges: PlanEdge[] = [];
  const updateEdges: EdgeUpdate[] = [];
  const deleteEdges: string[] = [];
  for (const [id, op] of edgeOps) {
    if (op.op === 'upsert') upsertEdges.push(op.edge);
    else if (op.op === 'update') updateEdges.push(op.update);
    else deleteEdges.push(id);
  }
  return compactChange({
    account,
    plan,
    upsertNodes: parentsFirst(upsertNodes),
    updateNodes,
    deleteNodes,
    upsertEdges,
    updateEdges,
    deleteEdges,
    positions: [...positions].map(([id, position]) => ({ id, x: position.x, y: position.y })),
    viewport,
  });
}

/** Orders nodes so that every parent in the list comes before its children (iteratively, cycle-safe). */
export function parentsFirst(list: readonly PlanNode[]): PlanNode[] {
  const byId = new Map(list.map((node) => [node.id, node] as const));
  const out: PlanNode[] = [];
  const placed = new Set<string>();
  for (const start of list) {
    const chain: PlanNode[] = [];
    const onChain = new Set<string>();
    let node: PlanNode | undefined = start;
    while (node && !placed.has(node.id) && !onChain.has(node.id)) {
      chain.push(node);
      onChain.add(node.id);
      node = node.parentId === null ? undefined : byId.get(node.parentId);
    }
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      placed.add(chain[index]!.id);
      out.push(chain[index]!);
    }
  }
  return out;
}

/** Drops empty parts so changes stay small and readable. */
export function compactChange(change: PlanChange): PlanChange {
  const out: PlanChange = {};
  if (change.account && Object.keys(change.account).length > 0) out.account = change.account;
  if (change.plan && Object.keys(change.plan).length > 0) out.plan = change.plan;
  if (change.upsertNodes?.length) out.upsertNodes = change.upsertNodes;
  if (change.updateNodes?.length) out.updateNodes = change.updateNodes;
  if (change.deleteNodes?.length) out.deleteNodes = change.deleteNodes;
  if (change.upsertEdges?.length) out.upsertEdges = change.upsertEdges;
  if (change.updateEdges?.length) out.updateEdges = change.updateEdges;
  if (change.deleteEdges?.length) out.deleteEdges = change.deleteEdges;
  if (change.positions?.length) out.positions = change.positions;
  if (change.viewport) out.viewport = change.viewport;
  return out;
}

/**
 * Turns whole-record upserts into field-level changes against the content they apply to: a node or relation
 * that exists becomes an update naming only the fields that differ (nothing when none do), a new one stays a
 * whole record, and positions that already hold are dropped.
 */
export function toFieldChanges(before: ChangeTarget, change: PlanChange): PlanChange {
  const upsertNodes: PlanNode[] = [];
  const updateNodes: NodeUpdate[] = [...(change.updateNodes ?? [])];
  const deleting = new Set(change.deleteNodes ?? []);
  for (const node of change.upsertNodes ?? []) {
    const old = deleting.has(node.id) ? undefined : before.nodes[node.id];
    if (!old) upsertNodes.push(node);
    else {
      const update = diffNode(old, node);
      if (update) updateNodes.push(update);
    }
  }
  const upsertEdges: PlanEdge[] = [];
  const updateEdges: EdgeUpdate[] = [...(change.updateEdges ?? [])];
  const deletingEdges = new Set(change.deleteEdges ?? []);
  for (const edge of change.upsertEdges ?? []) {
    const old = deletingEdges.has(edge.id) ? undefined : before.edges[edge.id];
    if (!old) upsertEdges.push(edge);
    else {
      const update = diffEdge(old, edge);
      if (update) updateEdges.push(update);
    }
  }
  const positions = (change.positions ?? []).filter(({ id, x, y }) => {
    const node = before.nodes[id];
    return !node || node.position.x !== x || node.position.y !== y;
  });
  const account = change.account && before.account ? changedFields(before.account, change.account) : change.account;
  const plan = change.plan && before.plan ? changedFields(before.plan, change.plan) : change.plan;
  return compactChange({
    ...change,
    account,
    plan,
    upsertNodes,
    updateNodes,
    deleteNodes: (change.deleteNodes ?? []).filter((id) => before.nodes[id]),
    upsertEdges,
    updateEdges,
    deleteEdges: (change.deleteEdges ?? []).filter((id) => before.edges[id]),
    positions,
  });
}

function changedFields<T extends object>(before: T, fields: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && !sameValue((before as Record<string, unknown>)[key], value)) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
