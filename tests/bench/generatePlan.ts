import { canConnect } from '../../shared/edges.ts';
import { layoutMindMap } from '../../shared/layout.ts';
import type { PlanEdge, PlanNode } from '../../shared/model.ts';
import type { PlanFile } from '../../shared/planFile.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';
import { seededRandom } from './stats.ts';

/** The date every generated plan is built for, so the same seed always gives the same plan. */
export const BENCH_TODAY = '2026-01-15';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Ids of 16 letters and digits (like the app's own) drawn from a seeded generator. */
export function seededIds(seed: number): () => string {
  const random = seededRandom(seed);
  return () => {
    let id = '';
    for (let i = 0; i < 16; i += 1) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    return id;
  };
}

/**
 * A realistic plan of exactly `size` nodes: the sample plan's branches (buying centre, needs, goal build,
 * team, competition, SWOT, support, dashboard) repeated under the one account root with new ids, so the kind
 * mix and relation mix stay the sample's. The last copy is cut in outline order (parents before children) and
 * keeps only the relations whose two ends it holds. Laid out with the app's mind-map layout; deterministic by seed.
 */
export function generatePlan(size: number, seed = 1): PlanFile {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A generated plan needs at least one node, not ${size}.`);
  const makeId = seededIds(seed);
  const sample = buildSamplePlan(BENCH_TODAY, { newId: makeId });
  const root = sample.nodes.find((node) => node.parentId === null)!;
  const branchNodes = sample.nodes.filter((node) => node.id !== root.id);
  const firstLevel = branchNodes.filter((node) => node.parentId === root.id).length;
  const kindOf = new Map(sample.nodes.map((node) => [node.id, node.kind] as const));

  const nodes: PlanNode[] = [{ ...root }];
  const edges: PlanEdge[] = [];
  for (let copy = 0; nodes.length < size; copy += 1) {
    const take = branchNodes.slice(0, Math.min(branchNodes.length, size - nodes.length));
    const idMap = new Map<string, string>([[root.id, root.id]]);
    for (const node of take) idMap.set(node.id, copy === 0 ? node.id : makeId());
    for (const node of take) {
      const topLevel = node.parentId === root.id;
      nodes.push({
        ...node,
        id: idMap.get(node.id)!,
        label: copy === 0 ? node.label : `${node.label} (${copy + 1})`,
        parentId: idMap.get(node.parentId!)!,
        order: topLevel ? node.order + copy * firstLevel : node.order,
      } as PlanNode);
    }
    for (const edge of sample.edges) {
      const source = idMap.get(edge.source);
      const target = idMap.get(edge.target);
      if (source === undefined || target === undefined) continue;
      if (!canConnect(edge.kind, kindOf.get(edge.source)!, kindOf.get(edge.target)!)) {
        throw new Error(`The sample's ${edge.kind} relation joins kinds that may not connect.`);
      }
      edges.push({ ...edge, id: copy === 0 ? edge.id : makeId(), source, target, data: { ...edge.data } });
    }
  }

  const positions = layoutMindMap(nodes);
  const placed = nodes.map((node) => ({ ...node, position: positions.get(node.id)! }) as PlanNode);
  return {
    ...sample,
    plan: { ...sample.plan, title: `${sample.plan.title} (${size} nodes)` },
    nodes: placed,
    edges,
  };
}

/** The node the 100 % views are centred on: the stakeholder nearest the root's level, in a dense column of people. */
export function focusNode(file: Pick<PlanFile, 'nodes'>): PlanNode {
  const root = file.nodes.find((node) => node.parentId === null)!;
  const people = file.nodes.filter((node) => node.kind === 'stakeholder');
  const candidates = people.length > 0 ? people : file.nodes.filter((node) => node.id !== root.id);
  const distance = (node: PlanNode) => Math.abs(node.position.y - root.position.y) * 10 + Math.abs(node.position.x - root.position.x);
  return candidates.reduce((best, node) => (distance(node) < distance(best) ? node : best), candidates[0] ?? root);
}

/** A map as the peer pages draw it: boxes, the tree and the relations, nothing else. */
export interface PeerMap {
  nodes: { id: string; label: string; kind: string; x: number; y: number; parentId: string | null }[];
  edges: { id: string; source: string; target: string; label: string }[];
}

/** The parts of a plan the peer pages (bare React Flow, mind-elixir) show. */
export function peerMap(file: PlanFile): PeerMap {
  return {
    nodes: file.nodes.map((node) => ({ id: node.id, label: node.label, kind: node.kind, x: node.position.x, y: node.position.y, parentId: node.parentId })),
    edges: file.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, label: edge.kind })),
  };
}

/** Counts of each node kind and each relation kind, to show a generated plan keeps the sample's mix. */
export function planMix(file: Pick<PlanFile, 'nodes' | 'edges'>): { nodes: Record<string, number>; edges: Record<string, number> } {
  const count = (keys: string[]) => keys.reduce<Record<string, number>>((out, key) => ({ ...out, [key]: (out[key] ?? 0) + 1 }), {});
  return { nodes: count(file.nodes.map((node) => node.kind)), edges: count(file.edges.map((edge) => edge.kind)) };
}
