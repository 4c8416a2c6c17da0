import type { EdgeKind } from '../edges.ts';
import type { NodeKind } from '../kinds/index.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../model.ts';
import { planTree } from '../rules/tree.ts';
import type { PlanTree } from '../rules/tree.ts';

/** Lookups over one plan's map: nodes by id, tree children in outline order, relations by kind and end. */
export interface PlanIndex {
  readonly document: PlanDocument;
  /** The plan's tree (shared/rules/tree.ts): sibling order, outline order, depth. */
  readonly tree: PlanTree<PlanNode>;
  node(id: string): PlanNode | undefined;
  /** Children in sibling order. */
  children(id: string): readonly PlanNode[];
  /** Nodes of one kind in outline (depth-first tree) order. */
  ofKind<K extends NodeKind>(kind: K): Extract<PlanNode, { kind: K }>[];
  /** Relations of a kind leaving a node. */
  outgoing(id: string, kind: EdgeKind): PlanEdge[];
  /** Relations of a kind arriving at a node. */
  incoming(id: string, kind: EdgeKind): PlanEdge[];
  /** The nearest ancestor (not the node itself) matching `test`. */
  ancestor(id: string, test: (node: PlanNode) => boolean): PlanNode | undefined;
  /** Position of a node in outline order (for stable sorting). */
  rank(id: string): number;
  /** Labels of nodes, in outline order. */
  labels(ids: readonly string[]): string[];
}

/** Indexes a plan document once for the outline's many lookups, on the plan's one tree index. */
export function indexPlan(document: PlanDocument): PlanIndex {
  const tree = planTree(document.nodes);
  const ordered = tree.ordered;

  const edgeMap = new Map<string, PlanEdge[]>();
  const key = (end: 'out' | 'in', id: string, kind: EdgeKind) => `${end}:${kind}:${id}`;
  for (const edge of document.edges) {
    if (!tree.node(edge.source) || !tree.node(edge.target)) continue;
    for (const [end, id] of [['out', edge.source], ['in', edge.target]] as const) {
      const list = edgeMap.get(key(end, id, edge.kind)) ?? [];
      list.push(edge);
      edgeMap.set(key(end, id, edge.kind), list);
    }
  }
  const rank = tree.rank;
  const byRank = (ids: (edge: PlanEdge) => string) => (a: PlanEdge, b: PlanEdge) => rank(ids(a)) - rank(ids(b));
  for (const [name, list] of edgeMap) list.sort(byRank(name.startsWith('out') ? (e) => e.target : (e) => e.source));

  return {
    document,
    node: tree.node,
    tree,
    children: tree.children,
    ofKind: <K extends NodeKind>(kind: K) =>
      ordered.filter((node): node is Extract<PlanNode, { kind: K }> => node.kind === kind),
    outgoing: (id, kind) => edgeMap.get(key('out', id, kind)) ?? [],
    incoming: (id, kind) => edgeMap.get(key('in', id, kind)) ?? [],
    ancestor: (id, test) => tree.ancestor(id, test),
    rank,
    labels: (ids) =>
      [...new Set(ids)]
        .filter((id) => tree.node(id) !== undefined)
        .sort((a, b) => rank(a) - rank(b))
        .map((id) => tree.node(id)?.label ?? ''),
  };
}
