import { newId } from '../../shared/ids.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import type { PlanNode, Position } from '../../shared/model.ts';
import { invertPatch } from '../store/mapPatch.ts';
import type { MapContent, MapPatch } from '../store/mapPatch.ts';
import type { Edit } from '../store/types.ts';

/** An edit whose inverse is computed from the content before it. */
export function makeEdit(before: MapContent, label: string, forward: MapPatch, extra: Partial<Edit> = {}): Edit {
  return { label, forward, inverse: invertPatch(before, forward), ...extra };
}

/** A fresh node of a kind with its defaults. */
export function newNode(kind: NodeKind, parentId: string, position: Position, order: number): PlanNode {
  const definition = kindOf(kind);
  return {
    id: newId(),
    kind,
    label: definition.newLabel,
    data: definition.defaults(),
    position,
    parentId,
    order,
    collapsed: false,
    internal: definition.internalByDefault,
  } as PlanNode;
}

/** The selected node, when exactly one is selected. */
export function singleSelectedNode(state: { nodes: MapContent['nodes']; selection: { nodeIds: readonly string[] } }): PlanNode | undefined {
  if (state.selection.nodeIds.length !== 1) return undefined;
  return state.nodes[state.selection.nodeIds[0]!];
}
