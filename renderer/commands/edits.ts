import { newId } from '../../shared/ids.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import type { PlanNode, Position } from '../../shared/model.ts';
import type { MapContent, PlanChange } from '../../shared/changes.ts';
import type { Edit } from '../store/types.ts';

/** An edit; the store works out its inverse from the content before it. */
export function makeEdit(label: string, forward: PlanChange, extra: Partial<Edit> = {}): Edit {
  return { label, forward, ...extra };
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
