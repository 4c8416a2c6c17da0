import { isEdgeKind, restoreEdgeData } from '../../shared/edges.ts';
import { isNodeKind, kindOf } from '../../shared/kinds/index.ts';
import type { PlanEdge, PlanNode } from '../../shared/model.ts';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * A node of a review's frozen content, read as the live plan's rows are (its data normalised through its kind's
 * restore()), without a schema pass per node: a 2,000-node review reads in milliseconds. Null for a record that is
 * not a node (no id, an unknown kind): it is left out, as a damaged row of the plan is.
 */
export function snapshotNode(raw: unknown): PlanNode | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '' || !isNodeKind(raw.kind)) return null;
  const definition = kindOf(raw.kind);
  const position = isRecord(raw.position) && finite(raw.position.x) && finite(raw.position.y) ? { x: raw.position.x, y: raw.position.y } : { x: 0, y: 0 };
  return {
    id: raw.id,
    kind: raw.kind,
    label: typeof raw.label === 'string' ? raw.label : '',
    data: definition.restore(isRecord(raw.data) ? raw.data : {}),
    position,
    parentId: typeof raw.parentId === 'string' ? raw.parentId : null,
    order: finite(raw.order) ? raw.order : 0,
    collapsed: raw.collapsed === true,
    internal: typeof raw.internal === 'boolean' ? raw.internal : definition.internalByDefault,
  } as PlanNode;
}

/** A relation of a review's frozen content, its data normalised; null for a record that is not a relation. */
export function snapshotEdge(raw: unknown): PlanEdge | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !isEdgeKind(raw.kind) || typeof raw.source !== 'string' || typeof raw.target !== 'string') return null;
  return { id: raw.id, kind: raw.kind, source: raw.source, target: raw.target, data: restoreEdgeData(raw.kind, isRecord(raw.data) ? raw.data : {}) };
}
