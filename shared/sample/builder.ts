import { edgeDefaults } from '../edges.ts';
import type { EdgeKind } from '../edges.ts';
import type { NodeDataMap, NodeKind } from '../kinds/index.ts';
import { kindOf } from '../kinds/index.ts';
import type { PlanEdge, PlanNode } from '../model.ts';

/** Builds a plan's tree and relations by label, so sample content reads like a list of facts. */
export interface PlanBuilder {
  /** Today's date, the anchor of every relative date in the sample. */
  readonly today: string;
  /** Adds a node under `parent` (a label already added, or null for the root) and returns its label. */
  add<K extends NodeKind>(
    kind: K,
    label: string,
    parent: string | null,
    data?: Partial<NodeDataMap[K]>,
    extra?: { internal?: boolean; collapsed?: boolean },
  ): string;
  /** Adds a relation between two nodes given by label. */
  link(kind: EdgeKind, source: string, target: string, data?: Record<string, unknown>): void;
  /** The id of the node with this label. */
  id(label: string): string;
  readonly nodes: PlanNode[];
  readonly edges: PlanEdge[];
}

/** A fresh builder; ids come from `makeId`, sibling order counts up from 0 under each parent. */
export function createPlanBuilder(today: string, makeId: () => string): PlanBuilder {
  const nodes: PlanNode[] = [];
  const edges: PlanEdge[] = [];
  const idByLabel = new Map<string, string>();
  const childCount = new Map<string | null, number>();

  const id = (label: string): string => {
    const found = idByLabel.get(label);
    if (found === undefined) throw new Error(`Sample plan has no node labelled "${label}".`);
    return found;
  };

  return {
    today,
    nodes,
    edges,
    id,
    add(kind, label, parent, data = {}, extra = {}) {
      if (idByLabel.has(label)) throw new Error(`Sample plan already has a node labelled "${label}".`);
      const definition = kindOf(kind);
      const parentId = parent === null ? null : id(parent);
      const order = childCount.get(parentId) ?? 0;
      childCount.set(parentId, order + 1);
      const nodeId = makeId();
      idByLabel.set(label, nodeId);
      nodes.push({
        id: nodeId,
        kind,
        label,
        data: { ...definition.defaults(), ...data },
        position: { x: 0, y: 0 },
        parentId,
        order,
        collapsed: extra.collapsed ?? false,
        internal: extra.internal ?? definition.internalByDefault,
      } as unknown as PlanNode);
      return label;
    },
    link(kind, source, target, data = {}) {
      edges.push({ id: makeId(), kind, source: id(source), target: id(target), data: { ...edgeDefaults(kind), ...data } });
    },
  };
}
