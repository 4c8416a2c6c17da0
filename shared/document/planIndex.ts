import type { EdgeKind } from '../edges.ts';
import type { NodeKind } from '../kinds/index.ts';
import type { PlanDocument, PlanEdge, PlanNode } from '../model.ts';

/** Lookups over one plan's map: nodes by id, tree children in outline order, relations by kind and end. */
export interface PlanIndex {
  readonly document: PlanDocument;
  node(id: string): PlanNode | undefined;
  /** Children in sibling order. */
  children(id: string): PlanNode[];
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

/** Indexes a plan document once for the outline's many lookups. */
export function indexPlan(document: PlanDocument): PlanIndex {
  const byId = new Map(document.nodes.map((node) => [node.id, node] as const));
  const childMap = new Map<string, PlanNode[]>();
  const roots: PlanNode[] = [];
  for (const node of document.nodes) {
    if (node.parentId === null || !byId.has(node.parentId)) roots.push(node);
    else {
      const siblings = childMap.get(node.parentId) ?? [];
      siblings.push(node);
      childMap.set(node.parentId, siblings);
    }
  }
  const bySiblingOrder = (a: PlanNode, b: PlanNode) =>
    a.order - b.order || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);
  for (const siblings of childMap.values()) siblings.sort(bySiblingOrder);
  roots.sort((a, b) => (a.kind === 'account' ? -1 : 0) - (b.kind === 'account' ? -1 : 0) || bySiblingOrder(a, b));

  const ranks = new Map<string, number>();
  const ordered: PlanNode[] = [];
  // Depth-first with a stack rather than recursion, so a branch of any depth is fine.
  const visit = (start: PlanNode): void => {
    const stack = [start];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (ranks.has(node.id)) continue;
      ranks.set(node.id, ordered.length);
      ordered.push(node);
      const children = childMap.get(node.id) ?? [];
      for (let at = children.length - 1; at >= 0; at -= 1) stack.push(children[at]!);
    }
  };
  for (const root of roots) visit(root);
  // Nodes caught in a parent cycle are unreachable from a root; keep them, after the tree.
  for (const node of document.nodes) visit(node);

  const edgeMap = new Map<string, PlanEdge[]>();
  const key = (end: 'out' | 'in', id: string, kind: EdgeKind) => `${end}:${kind}:${id}`;
  for (const edge of document.edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    for (const [end, id] of [['out', edge.source], ['in', edge.target]] as const) {
      const list = edgeMap.get(key(end, id, edge.kind)) ?? [];
      list.push(edge);
      edgeMap.set(key(end, id, edge.kind), list);
    }
  }
  const rank = (id: string) => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  const byRank = (ids: (edge: PlanEdge) => string) => (a: PlanEdge, b: PlanEdge) => rank(ids(a)) - rank(ids(b));
  for (const [name, list] of edgeMap) list.sort(byRank(name.startsWith('out') ? (e) => e.target : (e) => e.source));

  return {
    document,
    node: (id) => byId.get(id),
    children: (id) => childMap.get(id) ?? [],
    ofKind: <K extends NodeKind>(kind: K) =>
      ordered.filter((node): node is Extract<PlanNode, { kind: K }> => node.kind === kind),
    outgoing: (id, kind) => edgeMap.get(key('out', id, kind)) ?? [],
    incoming: (id, kind) => edgeMap.get(key('in', id, kind)) ?? [],
    ancestor(id, test) {
      const seen = new Set<string>([id]);
      let parentId = byId.get(id)?.parentId ?? null;
      while (parentId !== null && !seen.has(parentId)) {
        seen.add(parentId);
        const parent = byId.get(parentId);
        if (!parent) return undefined;
        if (test(parent)) return parent;
        parentId = parent.parentId;
      }
      return undefined;
    },
    rank,
    labels: (ids) =>
      [...new Set(ids)]
        .filter((id) => byId.has(id))
        .sort((a, b) => rank(a) - rank(b))
        .map((id) => byId.get(id)?.label ?? ''),
  };
}
