import type { PlanEdge, PlanNode, Position } from '../../shared/model.ts';
import type { PlanPatchInput } from '../../shared/patch.ts';
import type { Viewport } from '../../shared/plan.ts';

/** A change to the map, in the same shape the backend's applyPatch takes (without the plan id). */
export interface MapPatch {
  upsertNodes?: readonly PlanNode[];
  deleteNodes?: readonly string[];
  upsertEdges?: readonly PlanEdge[];
  deleteEdges?: readonly string[];
  positions?: readonly { id: string; x: number; y: number }[];
  viewport?: Viewport;
}

/** The map content a patch applies to: nodes and relations by id. */
export interface MapContent {
  nodes: Readonly<Record<string, PlanNode>>;
  edges: Readonly<Record<string, PlanEdge>>;
}

/** True when a patch changes nothing. */
export function isEmptyPatch(patch: MapPatch): boolean {
  return (
    !patch.upsertNodes?.length &&
    !patch.deleteNodes?.length &&
    !patch.upsertEdges?.length &&
    !patch.deleteEdges?.length &&
    !patch.positions?.length &&
    patch.viewport === undefined
  );
}

/**
 * Applies a patch locally in the backend's order (relation deletes, node deletes with their relations,
 * node upserts, relation upserts, positions). Unchanged nodes and relations keep their identity.
 */
export function applyMapPatch<C extends MapContent>(content: C, patch: MapPatch): C {
  let nodes = content.nodes;
  let edges = content.edges;
  const writableNodes = (): Record<string, PlanNode> => {
    if (nodes === content.nodes) nodes = { ...content.nodes };
    return nodes as Record<string, PlanNode>;
  };
  const writableEdges = (): Record<string, PlanEdge> => {
    if (edges === content.edges) edges = { ...content.edges };
    return edges as Record<string, PlanEdge>;
  };

  for (const id of patch.deleteEdges ?? []) if (edges[id]) delete writableEdges()[id];
  if (patch.deleteNodes?.length) {
    const deleting = new Set(patch.deleteNodes);
    for (const id of deleting) if (nodes[id]) delete writableNodes()[id];
    for (const edge of Object.values(edges)) {
      if (deleting.has(edge.source) || deleting.has(edge.target)) delete writableEdges()[edge.id];
    }
  }
  for (const node of patch.upsertNodes ?? []) if (nodes[node.id] !== node) writableNodes()[node.id] = node;
  for (const edge of patch.upsertEdges ?? []) if (edges[edge.id] !== edge) writableEdges()[edge.id] = edge;
  for (const { id, x, y } of patch.positions ?? []) {
    const node = nodes[id];
    if (node && (node.position.x !== x || node.position.y !== y)) writableNodes()[id] = { ...node, position: { x, y } };
  }
  if (nodes === content.nodes && edges === content.edges) return content;
  return { ...content, nodes, edges };
}

/** Orders nodes so that every parent in the list comes before its children. */
export function parentsFirst(list: readonly PlanNode[]): PlanNode[] {
  const byId = new Map(list.map((node) => [node.id, node] as const));
  const out: PlanNode[] = [];
  const placed = new Set<string>();
  const place = (node: PlanNode, depth: number): void => {
    if (placed.has(node.id)) return;
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    // The depth guard keeps a (corrupt) parent cycle from recursing forever.
    if (parent && depth < list.length) place(parent, depth + 1);
    placed.add(node.id);
    out.push(node);
  };
  for (const node of list) place(node, 0);
  return out;
}

/** The patch that undoes `patch` when applied after it, computed from the content before it. */
export function invertPatch(before: MapContent, patch: MapPatch): MapPatch {
  const upsertNodes = new Map<string, PlanNode>();
  const deleteNodes = new Set<string>();
  const upsertEdges = new Map<string, PlanEdge>();
  const deleteEdges = new Set<string>();
  const positions = new Map<string, Position>();

  const restoreNode = (id: string) => {
    const old = before.nodes[id];
    if (old) upsertNodes.set(id, old);
  };
  const restoreEdge = (id: string) => {
    const old = before.edges[id];
    if (old) upsertEdges.set(id, old);
  };

  for (const id of patch.deleteEdges ?? []) restoreEdge(id);
  const deleting = new Set(patch.deleteNodes ?? []);
  for (const id of deleting) restoreNode(id);
  if (deleting.size > 0) {
    for (const edge of Object.values(before.edges)) {
      if (deleting.has(edge.source) || deleting.has(edge.target)) restoreEdge(edge.id);
    }
  }
  for (const node of patch.upsertNodes ?? []) {
    if (before.nodes[node.id]) restoreNode(node.id);
    else deleteNodes.add(node.id);
  }
  for (const edge of patch.upsertEdges ?? []) {
    if (before.edges[edge.id]) restoreEdge(edge.id);
    else deleteEdges.add(edge.id);
  }
  for (const { id } of patch.positions ?? []) {
    const old = before.nodes[id];
    if (old && !upsertNodes.has(id) && !deleteNodes.has(id)) positions.set(id, old.position);
  }
  // Relations of nodes the inverse deletes go with them; they must not be restored by the same inverse.
  for (const edge of upsertEdges.values()) {
    if (deleteNodes.has(edge.source) || deleteNodes.has(edge.target)) upsertEdges.delete(edge.id);
  }
  return compact({
    upsertNodes: parentsFirst([...upsertNodes.values()]),
    deleteNodes: [...deleteNodes],
    upsertEdges: [...upsertEdges.values()],
    deleteEdges: [...deleteEdges],
    positions: [...positions].map(([id, position]) => ({ id, x: position.x, y: position.y })),
  });
}

type NodeOp = { op: 'upsert'; node: PlanNode } | { op: 'delete' };
type EdgeOp = { op: 'upsert'; edge: PlanEdge } | { op: 'delete' };

/** One patch with the effect of applying `first` then `second` (the last operation on each item wins). */
export function composePatches(first: MapPatch, second: MapPatch): MapPatch {
  const nodeOps = new Map<string, NodeOp>();
  const edgeOps = new Map<string, EdgeOp>();
  const positions = new Map<string, Position>();
  let viewport: Viewport | undefined;

  for (const patch of [first, second]) {
    for (const id of patch.deleteEdges ?? []) edgeOps.set(id, { op: 'delete' });
    for (const id of patch.deleteNodes ?? []) {
      nodeOps.set(id, { op: 'delete' });
      positions.delete(id);
    }
    for (const node of patch.upsertNodes ?? []) {
      nodeOps.set(node.id, { op: 'upsert', node });
      positions.delete(node.id);
    }
    for (const edge of patch.upsertEdges ?? []) edgeOps.set(edge.id, { op: 'upsert', edge });
    for (const { id, x, y } of patch.positions ?? []) {
      const op = nodeOps.get(id);
      if (op?.op === 'upsert') nodeOps.set(id, { op: 'upsert', node: { ...op.node, position: { x, y } } });
      else if (op?.op !== 'delete') positions.set(id, { x, y });
    }
    if (patch.viewport) viewport = patch.viewport;
  }
  // A relation upserted earlier to a node deleted later goes with that node.
  for (const [id, op] of edgeOps) {
    if (op.op !== 'upsert') continue;
    if (nodeOps.get(op.edge.source)?.op === 'delete' || nodeOps.get(op.edge.target)?.op === 'delete') {
      edgeOps.set(id, { op: 'delete' });
    }
  }

  const upsertNodes: PlanNode[] = [];
  const deleteNodes: string[] = [];
  for (const [id, op] of nodeOps) {
    if (op.op === 'upsert') upsertNodes.push(op.node);
    else deleteNodes.push(id);
  }
  const upsertEdges: PlanEdge[] = [];
  const deleteEdges: string[] = [];
  for (const [id, op] of edgeOps) {
    if (op.op === 'upsert') upsertEdges.push(op.edge);
    else deleteEdges.push(id);
  }
  return compact({
    upsertNodes: parentsFirst(upsertNodes),
    deleteNodes,
    upsertEdges,
    deleteEdges,
    positions: [...positions].map(([id, position]) => ({ id, x: position.x, y: position.y })),
    viewport,
  });
}

/** Drops empty lists so patches stay small and readable. */
function compact(patch: MapPatch): MapPatch {
  const out: MapPatch = {};
  if (patch.upsertNodes?.length) out.upsertNodes = patch.upsertNodes;
  if (patch.deleteNodes?.length) out.deleteNodes = patch.deleteNodes;
  if (patch.upsertEdges?.length) out.upsertEdges = patch.upsertEdges;
  if (patch.deleteEdges?.length) out.deleteEdges = patch.deleteEdges;
  if (patch.positions?.length) out.positions = patch.positions;
  if (patch.viewport) out.viewport = patch.viewport;
  return out;
}

/** The patch as the API's applyPatch takes it. */
export function toPlanPatchInput(planId: string, patch: MapPatch): PlanPatchInput {
  return {
    planId,
    upsertNodes: patch.upsertNodes ? [...patch.upsertNodes] : undefined,
    deleteNodes: patch.deleteNodes ? [...patch.deleteNodes] : undefined,
    upsertEdges: patch.upsertEdges ? [...patch.upsertEdges] : undefined,
    deleteEdges: patch.deleteEdges ? [...patch.deleteEdges] : undefined,
    positions: patch.positions ? [...patch.positions] : undefined,
    viewport: patch.viewport,
  };
}
