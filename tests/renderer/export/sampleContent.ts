import { kindOf } from '../../../shared/kinds/index.ts';
import type { NodeKind } from '../../../shared/kinds/index.ts';
import type { PlanEdge, PlanNode } from '../../../shared/model.ts';
import { buildSamplePlan } from '../../../shared/sample/index.ts';
import type { PlanContent } from '../../../renderer/export/planDocument.ts';

/** The date the renderer tests are made for. */
export const TODAY = '2027-03-12';

/** The sample plan as the plan store holds it (nodes and relations by id), with predictable ids. */
export function sampleContent(order: 'as-built' | 'reversed' = 'as-built'): PlanContent {
  let next = 0;
  const file = buildSamplePlan(TODAY, { newId: () => `id${String(++next).padStart(3, '0')}` });
  const nodes = order === 'reversed' ? [...file.nodes].reverse() : file.nodes;
  const edges = order === 'reversed' ? [...file.edges].reverse() : file.edges;
  return {
    account: file.account,
    plan: file.plan,
    nodes: Object.fromEntries(nodes.map((node) => [node.id, node])),
    edges: Object.fromEntries(edges.map((edge) => [edge.id, edge])),
    viewport: file.viewport ?? null,
  };
}

/** The first node of a kind whose label matches. */
export function findNode(content: PlanContent, kind: NodeKind, label: string): PlanNode {
  const found = Object.values(content.nodes).find((node) => node.kind === kind && node.label === label);
  if (!found) throw new Error(`The sample has no ${kind} "${label}".`);
  return found;
}

/** A node of a kind with default data. */
export function makeNode(id: string, kind: NodeKind, label: string, parentId: string | null, extra: Partial<PlanNode> = {}): PlanNode {
  return {
    id,
    kind,
    label,
    data: kindOf(kind).defaults(),
    position: { x: 0, y: 0 },
    parentId,
    order: 0,
    collapsed: false,
    internal: false,
    ...extra,
  } as PlanNode;
}

/** Relations of the content, for assertions. */
export function edgesOf(content: PlanContent): PlanEdge[] {
  return Object.values(content.edges);
}
