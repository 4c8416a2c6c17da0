import { allowedEdgeKinds, canConnect, edgeDefaults, edgeKindOf, restoreEdgeData } from '../../shared/edges.ts';
import type { EdgeKind } from '../../shared/edges.ts';
import { newId } from '../../shared/ids.ts';
import type { PlanEdge } from '../../shared/model.ts';
import type { PlanState } from '../store/types.ts';
import { defineCommand } from './command.ts';
import { makeEdit } from './edits.ts';
import { relationRefusedMessage } from '../../shared/kinds/wording.ts';

/** Relation kinds allowed from one node to another on this map (empty when either is missing or they are the same node). */
export function relationKindsBetween(state: Pick<PlanState, 'nodes'>, sourceId: string, targetId: string): EdgeKind[] {
  const source = state.nodes[sourceId];
  const target = state.nodes[targetId];
  if (!source || !target || source.id === target.id) return [];
  return allowedEdgeKinds(source.kind, target.kind);
}

/** Connect: adds a typed relation between two nodes (refused with a sentence when the pair does not allow it). */
export const addRelation = defineCommand<{ source: string; target: string; kind: EdgeKind }>({
  id: 'relation.add',
  label: 'Connect',
  undo: 'record',
  enabledWhen: (state, { source, target }) => relationKindsBetween(state, source, target).length > 0,
  perform(state, { source, target, kind }) {
    const from = state.nodes[source]!;
    const to = state.nodes[target]!;
    if (!canConnect(kind, from.kind, to.kind)) {
      return {
        type: 'notice',
        notice: relationRefusedMessage(edgeKindOf(kind).label, from.kind, to.kind),
      };
    }
    const duplicate = Object.values(state.edges).find((edge) => edge.kind === kind && edge.source === source && edge.target === target);
    if (duplicate) return { type: 'select', selection: { nodeIds: [], edgeId: duplicate.id } };
    const edge: PlanEdge = { id: newId(), kind, source, target, data: edgeDefaults(kind) };
    const edit = makeEdit(`Connect “${edgeKindOf(kind).label}”`, { upsertEdges: [edge] }, { selectAfter: { nodeIds: [], edgeId: edge.id } });
    return { type: 'edit', edit };
  },
});

/** Inspector or context menu: changes a relation's kind (keeping what data still fits) or its fields. */
export const updateRelation = defineCommand<{ id: string; kind?: EdgeKind; data?: Record<string, unknown>; burst?: string }>({
  id: 'relation.update',
  label: 'Edit relation',
  undo: 'record',
  enabledWhen: (state, { id }) => state.edges[id] !== undefined,
  perform(state, { id, kind, data, burst }) {
    const edge = state.edges[id]!;
    const nextKind = kind ?? edge.kind;
    const source = state.nodes[edge.source];
    const target = state.nodes[edge.target];
    if (!source || !target || !canConnect(nextKind, source.kind, target.kind)) {
      return { type: 'notice', notice: `A “${edgeKindOf(nextKind).label}” relation is not allowed between these two items.` };
    }
    const next: PlanEdge = { ...edge, kind: nextKind, data: restoreEdgeData(nextKind, { ...edge.data, ...data }) };
    if (next.kind === edge.kind && JSON.stringify(next.data) === JSON.stringify(edge.data)) return { type: 'done' };
    const edit = makeEdit('Edit relation', { upsertEdges: [next] }, {
      coalesceKey: burst === undefined ? undefined : `relation.update:${id}:${burst}`,
    });
    return { type: 'edit', edit };
  },
});

/** Removes one relation. */
export const removeRelation = defineCommand<{ id: string }>({
  id: 'relation.remove',
  label: 'Remove relation',
  undo: 'record',
  enabledWhen: (state, { id }) => state.edges[id] !== undefined,
  perform(state, { id }) {
    const edge = state.edges[id]!;
    const edit = makeEdit(`Remove “${edgeKindOf(edge.kind).label}” relation`, { deleteEdges: [id] }, {
      selectAfter: { nodeIds: [], edgeId: null },
    });
    return { type: 'edit', edit };
  },
});
