import { getViewportForBounds } from '@xyflow/react';
import type { Edge, Node, NodeHandle, Viewport } from '@xyflow/react';
import { edgeKindOf } from '../../shared/edges.ts';
import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout.ts';
import { coveredOverviewLabels, isOverviewBranch } from '../../shared/mapOverview.ts';
import type { OverviewLabelItem } from '../../shared/mapOverview.ts';
import type { PlanEdge, PlanNode, PlanNodeOf } from '../../shared/model.ts';
import { goalBuild } from '../../shared/rules/goalBuild.ts';
import type { GoalBuildResult } from '../../shared/rules/goalBuild.ts';
import { collapsedAway } from '../../shared/rules/tree.ts';
import type { PlanTree } from '../../shared/rules/tree.ts';
import { todayIso } from '../../shared/values.ts';
import { hiddenNodeIds, mapTree, movedOnly, rootNode } from '../store/tree.ts';
import { cardFacts, sameCardFacts } from './cardFacts.ts';
import type { CardFacts } from './cardFacts.ts';

/** What a node component gets besides the node itself: facts that depend on the rest of the map. */
export interface KindNodeData<K extends NodeKind = NodeKind> extends Record<string, unknown> {
  node: PlanNodeOf<K>;
  childCount: number;
  /** Items hidden inside this branch while it is collapsed. */
  hiddenCount: number;
  /** What the plan's rules say about this card (goal build, milestone status, overdue …), computed by the builder. */
  facts: CardFacts;
  currency: string;
  /** Which way the branch grows: 1 right of the root, -1 left. */
  side: 1 | -1;
  /** Its label is being edited on the map. */
  renaming: boolean;
  /** Drawn zoomed out with a large label (the account, its children, nodes with children); else a compact chip. */
  branch: boolean;
  /** Zoomed out to the map's shape, this item is a mark in MapShape rather than a card (hidden from React Flow). */
  shapeOnly: boolean;
}

/** A map node as React Flow sees it. */
export type MapFlowNode<K extends NodeKind = NodeKind> = Node<KindNodeData<K>, K>;

/** What a relation edge component gets. */
export interface RelationEdgeData extends Record<string, unknown> {
  edge: PlanEdge;
}

/** A tree link or a typed relation, as React Flow sees it. */
export type MapFlowEdge = Edge<RelationEdgeData, 'relation'> | Edge<Record<string, never>, 'tree'>;

/** Handle ids: left and right anchor tree links and side relations, top and bottom start connections. */
export type HandleId = 'l' | 'r' | 't' | 'b';

const HANDLE_SIZE = 8;

/** Handle boxes of every node (all nodes share one size), so links draw before and between measurements. */
export const NODE_HANDLES: NodeHandle[] = [
  { id: 'l', type: 'source', position: 'left' as NodeHandle['position'], x: 0, y: NODE_HEIGHT / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { id: 'r', type: 'source', position: 'right' as NodeHandle['position'], x: NODE_WIDTH - HANDLE_SIZE, y: NODE_HEIGHT / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { id: 't', type: 'source', position: 'top' as NodeHandle['position'], x: NODE_WIDTH / 2 - HANDLE_SIZE / 2, y: 0, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { id: 'b', type: 'source', position: 'bottom' as NodeHandle['position'], x: NODE_WIDTH / 2 - HANDLE_SIZE / 2, y: NODE_HEIGHT - HANDLE_SIZE, width: HANDLE_SIZE, height: HANDLE_SIZE },
];

/** The accessible name of a node: "<Kind label>: <label>". */
export function nodeAriaLabel(node: Pick<PlanNode, 'kind' | 'label' | 'damaged'>): string {
  return `${kindOf(node.kind).label}: ${node.label}${node.damaged ? ' (damaged)' : ''}`;
}

interface NodeInputs {
  node: PlanNode;
  selected: boolean;
  hidden: boolean;
  childCount: number;
  hiddenCount: number;
  facts: CardFacts;
  currency: string;
  side: 1 | -1;
  renaming: boolean;
  branch: boolean;
  shapeOnly: boolean;
}

function sameInputs(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.node === b.node &&
    a.selected === b.selected &&
    a.hidden === b.hidden &&
    a.childCount === b.childCount &&
    a.hiddenCount === b.hiddenCount &&
    sameCardFacts(a.facts, b.facts) &&
    a.currency === b.currency &&
    a.side === b.side &&
    a.renaming === b.renaming &&
    a.branch === b.branch &&
    a.shapeOnly === b.shapeOnly
  );
}

/** The plan facts the map nodes show. */
export interface FlowSource {
  nodes: Readonly<Record<string, PlanNode>>;
  edges: Readonly<Record<string, PlanEdge>>;
  selectedNodeIds: readonly string[];
  selectedEdgeId: string | null;
  currency: string;
  /** The plan's growth target, which the goal build is measured against. */
  growthTarget: number | null;
  /** The day overdue actions and milestone status are judged on (YYYY-MM-DD); today when left out. */
  today?: string;
  /** The node whose label is being edited on the map. */
  renamingNodeId?: string | null;
  /** Zoomed out: only the relations of the selection are on the map (the rest are not drawn, nor mounted). */
  overview?: boolean;
  /**
   * Zoomed out so far that the map shows its shape (shared/mapOverview.ts): items other than the account, the
   * selection and the one being renamed are not React Flow nodes (hidden, not mounted) but marks in one picture.
   */
  shape?: boolean;
  /** Zoomed out: the zoom the branch labels are laid out for (labelLayoutZoom), so labels never overlap. */
  labelZoom?: number | null;
}

/** What React Flow is given. */
export interface FlowModel {
  nodes: MapFlowNode[];
  edges: MapFlowEdge[];
  /** Relations on the map with an end drawn only in the map's shape: MapShape draws them (React Flow cannot). */
  shapeRelations: PlanEdge[];
}

/** Builds React Flow nodes and edges, reusing the previous object of every node and edge whose inputs did not change. */
export interface FlowModelBuilder {
  build(source: FlowSource): FlowModel;
}

/**
 * Picks the sides two related boxes connect on. Boxes in the same column connect on their outer side
 * (away from the root at x = rootX) so the link bulges past the column instead of crossing the boxes between.
 */
export function facingHandles(from: PlanNode['position'], to: PlanNode['position'], rootX = 0): { source: HandleId; target: HandleId } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dx) < NODE_WIDTH * 0.75 && Math.abs(dy) > NODE_HEIGHT) {
    const outer: HandleId = from.x + dx / 2 >= rootX ? 'r' : 'l';
    return { source: outer, target: outer };
  }
  // Boxes are about three times wider than tall: compare in box units so diagonal links pick the natural side.
  if (Math.abs(dx) / NODE_WIDTH >= Math.abs(dy) / NODE_HEIGHT) return dx >= 0 ? { source: 'r', target: 'l' } : { source: 'l', target: 'r' };
  return dy >= 0 ? { source: 'b', target: 't' } : { source: 't', target: 'b' };
}

/** What the last full build derived from the tree, kept while only positions change. */
interface Structure {
  tree: PlanTree<PlanNode>;
  hidden: Set<string>;
  /** The plan's goal build, worked out once per build for every goal card and the account. */
  goals: GoalBuildResult;
  today: string;
  root: PlanNode | undefined;
  /** Where each node and edge sits in the arrays of the last build. */
  nodeSlot: Map<string, number>;
  edgeSlot: Map<string, number>;
  /** Relations on the map by the id of either end. */
  relationsOf: Map<string, PlanEdge[]>;
  /** Branches whose enlarged overview label would cover a more important one's: drawn as chips (shared/mapOverview.ts). */
  coveredLabels: Set<string>;
}

/** The branches whose overview labels would overlap a more important label at `zoom`, among the drawn nodes. */
function coveredBranchLabels(tree: PlanTree<PlanNode>, structure: Pick<Structure, 'hidden' | 'root'>, zoom: number): Set<string> {
  const rootId = structure.root?.id ?? null;
  const items: OverviewLabelItem[] = [];
  for (const node of tree.ordered) {
    if (structure.hidden.has(node.id) || !isOverviewBranch(node, rootId, tree.children(node.id).length)) continue;
    items.push({ id: node.id, position: node.position, label: node.label, depth: tree.depth(node.id), descendants: tree.descendantCount(node.id) });
  }
  return coveredOverviewLabels(items, zoom, NODE_WIDTH, NODE_HEIGHT);
}

/** Creates a builder with its own identity cache (one per open map). */
export function createFlowModelBuilder(): FlowModelBuilder {
  const nodeCache = new Map<string, { inputs: NodeInputs; flow: MapFlowNode }>();
  const edgeCache = new Map<string, { key: string; selected: boolean; edge: PlanEdge | null; flow: MapFlowEdge }>();
  let last: { source: FlowSource; model: FlowModel; structure: Structure } | null = null;

  const nodeFlow = (node: PlanNode, source: FlowSource, structure: Structure, selected: boolean): MapFlowNode => {
    const childCount = structure.tree.children(node.id).length;
    const inputs: NodeInputs = {
      node,
      selected,
      hidden: structure.hidden.has(node.id),
      childCount,
      hiddenCount: node.collapsed ? structure.tree.descendantCount(node.id) : 0,
      facts: cardFacts(node, structure.goals, structure.today),
      currency: source.currency,
      side: structure.root && node.position.x < structure.root.position.x ? -1 : 1,
      renaming: source.renamingNodeId === node.id,
      branch: isOverviewBranch(node, structure.root?.id ?? null, childCount) && !structure.coveredLabels.has(node.id),
      shapeOnly: Boolean(source.shape) && node.parentId !== null && !selected && source.renamingNodeId !== node.id && !structure.hidden.has(node.id),
    };
    const cached = nodeCache.get(node.id);
    if (cached && sameInputs(cached.inputs, inputs)) return cached.flow;
    const flow: MapFlowNode = {
      id: node.id,
      type: node.kind,
      position: node.position,
      data: {
        node,
        childCount: inputs.childCount,
        hiddenCount: inputs.hiddenCount,
        facts: inputs.facts,
        currency: inputs.currency,
        side: inputs.side,
        renaming: inputs.renaming,
        branch: inputs.branch,
        shapeOnly: inputs.shapeOnly,
      },
      // Zoomed out a branch's label reaches past its card: drawn above the chips around it.
      ...(inputs.branch ? { zIndex: 1 } : {}),
      selected: inputs.selected,
      hidden: inputs.hidden || inputs.shapeOnly,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
      handles: NODE_HANDLES,
      ariaLabel: nodeAriaLabel(node),
      ...(node.damaged ? { className: 'is-damaged' } : {}),
      deletable: false,
    };
    nodeCache.set(node.id, { inputs, flow });
    return flow;
  };

  const reuse = (id: string, key: string, selected: boolean, edge: PlanEdge | null, make: () => MapFlowEdge): MapFlowEdge => {
    const cached = edgeCache.get(id);
    if (cached && cached.key === key && cached.selected === selected && cached.edge === edge) return cached.flow;
    const flow = make();
    edgeCache.set(id, { key, selected, edge, flow });
    return flow;
  };

  const treeFlow = (node: PlanNode, parent: PlanNode): MapFlowEdge => {
    const right = node.position.x >= parent.position.x;
    const sourceHandle: HandleId = right ? 'r' : 'l';
    const targetHandle: HandleId = right ? 'l' : 'r';
    const id = `tree:${node.id}`;
    return reuse(id, `${parent.id}|${sourceHandle}`, false, null, () => ({
      id,
      type: 'tree',
      source: parent.id,
      target: node.id,
      sourceHandle,
      targetHandle,
      selectable: false,
      focusable: false,
      deletable: false,
      data: {},
      // React Flow omits the aria-label for null: tree links are decoration, the nodes carry the meaning, so they
      // are hidden from assistive technology too (an unnamed role="img" otherwise).
      ariaLabel: null as unknown as string,
      domAttributes: { 'aria-hidden': true },
      zIndex: 0,
    }));
  };

  /**
   * The flow edge of a relation, or null when it is not on the map: an end is missing or inside a collapsed
   * branch (React Flow would still draw a link to a hidden box), or the map is zoomed out
   * and the relation is not the selection's. Zoomed out the overview stays readable that way, and hundreds of
   * long curves mounted and painted on every frame were what made panning and dragging a large map stutter.
   */
  const relationFlow = (edge: PlanEdge, source: FlowSource, structure: Structure, selectedNodes: ReadonlySet<string>): MapFlowEdge | null => {
    const from = source.nodes[edge.source];
    const to = source.nodes[edge.target];
    if (!from || !to || structure.hidden.has(from.id) || structure.hidden.has(to.id)) return null;
    const rootX = structure.root?.position.x ?? 0;
    const selected = source.selectedEdgeId === edge.id;
    const highlighted = selectedNodes.has(edge.source) || selectedNodes.has(edge.target);
    if (source.overview && !highlighted && !selected) return null;
    const handles = facingHandles(from.position, to.position, rootX);
    return reuse(edge.id, `${handles.source}|${handles.target}|${from.label}|${to.label}|${highlighted}`, selected, edge, () => ({
      id: edge.id,
      type: 'relation',
      source: edge.source,
      target: edge.target,
      sourceHandle: handles.source,
      targetHandle: handles.target,
      selected,
      deletable: false,
      data: { edge },
      className: highlighted ? 'is-highlighted' : undefined,
      ariaLabel: `Relation: ${from.label} ${edgeKindOf(edge.kind).label} ${to.label}`,
    }));
  };

  const fullBuild = (source: FlowSource): { model: FlowModel; structure: Structure } => {
    const tree = mapTree(source.nodes);
    const structure: Structure = {
      tree,
      hidden: collapsedAway(tree),
      goals: goalBuild(tree, source.growthTarget),
      today: source.today ?? todayIso(),
      root: rootNode(source.nodes),
      nodeSlot: new Map(),
      edgeSlot: new Map(),
      relationsOf: new Map(),
      coveredLabels: new Set(),
    };
    if (source.overview && !source.shape && source.labelZoom) structure.coveredLabels = coveredBranchLabels(tree, structure, source.labelZoom);
    const selected = new Set(source.selectedNodeIds);
    const nodes: MapFlowNode[] = [];
    for (const node of Object.values(source.nodes)) {
      structure.nodeSlot.set(node.id, nodes.length);
      nodes.push(nodeFlow(node, source, structure, selected.has(node.id)));
    }
    for (const id of nodeCache.keys()) if (!structure.nodeSlot.has(id)) nodeCache.delete(id);
    // Links to an item drawn only in the map's shape are drawn there too (MapShape), not by React Flow.
    const shapeOnly = (id: string) => {
      const slot = structure.nodeSlot.get(id);
      return slot !== undefined && nodes[slot]!.data.shapeOnly;
    };

    const edges: MapFlowEdge[] = [];
    const shapeRelations: PlanEdge[] = [];
    for (const node of Object.values(source.nodes)) {
      if (node.parentId === null || structure.hidden.has(node.id)) continue;
      const parent = source.nodes[node.parentId];
      if (!parent || shapeOnly(node.id) || shapeOnly(parent.id)) continue;
      structure.edgeSlot.set(`tree:${node.id}`, edges.length);
      edges.push(treeFlow(node, parent));
    }
    for (const edge of Object.values(source.edges)) {
      for (const end of [edge.source, edge.target]) {
        const list = structure.relationsOf.get(end);
        if (list) list.push(edge);
        else structure.relationsOf.set(end, [edge]);
      }
      const flow = relationFlow(edge, source, structure, selected);
      if (!flow) continue;
      if (shapeOnly(edge.source) || shapeOnly(edge.target)) {
        shapeRelations.push(edge);
        continue;
      }
      structure.edgeSlot.set(edge.id, edges.length);
      edges.push(flow);
    }
    for (const id of edgeCache.keys()) if (!structure.edgeSlot.has(id)) edgeCache.delete(id);
    return { model: { nodes, edges, shapeRelations }, structure };
  };

  /**
   * The nodes that only moved since the previous build, or null when anything else changed (the tree, a label,
   * the relations, the selection, the zoom level): a drag frame then costs work for the moved nodes only.
   */
  const movedSince = (previous: FlowSource, source: FlowSource, structure: Structure): PlanNode[] | null => {
    if (
      source.edges !== previous.edges ||
      source.selectedNodeIds !== previous.selectedNodeIds ||
      source.selectedEdgeId !== previous.selectedEdgeId ||
      source.currency !== previous.currency ||
      source.growthTarget !== previous.growthTarget ||
      source.today !== previous.today ||
      source.renamingNodeId !== previous.renamingNodeId ||
      Boolean(source.overview) !== Boolean(previous.overview) ||
      Boolean(source.shape) !== Boolean(previous.shape) ||
      source.labelZoom !== previous.labelZoom
    ) {
      return null;
    }
    const moved: PlanNode[] = [];
    let count = 0;
    for (const id in source.nodes) {
      count += 1;
      const node = source.nodes[id]!;
      const before = previous.nodes[id];
      if (node === before) continue;
      if (!before || !movedOnly(node, before) || node.id === structure.root?.id) return null;
      moved.push(node);
    }
    return count === structure.nodeSlot.size ? moved : null;
  };

  const movedBuild = (source: FlowSource, moved: PlanNode[], previous: FlowModel, structure: Structure): FlowModel => {
    const selected = new Set(source.selectedNodeIds);
    const nodes = previous.nodes.slice();
    let edges: MapFlowEdge[] | null = null;
    const place = (id: string, flow: MapFlowEdge | null) => {
      const slot = structure.edgeSlot.get(id);
      if (slot === undefined || !flow || previous.edges[slot] === flow) return;
      edges ??= previous.edges.slice();
      edges[slot] = flow;
    };
    for (const node of moved) {
      nodes[structure.nodeSlot.get(node.id)!] = nodeFlow(node, source, structure, selected.has(node.id));
      const parent = node.parentId === null ? undefined : source.nodes[node.parentId];
      if (parent) place(`tree:${node.id}`, treeFlow(node, parent));
      for (const child of structure.tree.children(node.id)) place(`tree:${child.id}`, treeFlow(source.nodes[child.id]!, node));
      for (const edge of structure.relationsOf.get(node.id) ?? []) place(edge.id, relationFlow(edge, source, structure, selected));
    }
    // While a node is dragged the links rarely change; the same array spares React Flow rebuilding its
    // lookup of every connection on each frame.
    return { nodes, edges: edges ?? previous.edges, shapeRelations: previous.shapeRelations };
  };

  return {
    build(source) {
      if (last && last.source === source) return last.model;
      const moved = last ? movedSince(last.source, source, last.structure) : null;
      if (last && moved) {
        const model = movedBuild(source, moved, last.model, last.structure);
        last = { source, model, structure: last.structure };
        return model;
      }
      const built = fullBuild(source);
      // An unchanged list of links stays the same array (see above).
      if (last && built.model.edges.length === last.model.edges.length && built.model.edges.every((flow, at) => flow === last!.model.edges[at])) {
        built.model.edges = last.model.edges;
      }
      last = { source, ...built };
      return built.model;
    },
  };
}

/** The view showing every node that is not inside a collapsed branch, as React Flow's fitView would give it. */
export function fittedViewport(
  nodes: Readonly<Record<string, PlanNode>>,
  width: number,
  height: number,
  fit: { minZoom: number; maxZoom: number; padding: number },
): Viewport {
  const bounds = visibleBounds(nodes);
  if (!bounds || width <= 0 || height <= 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(bounds, width, height, fit.minZoom, fit.maxZoom, fit.padding);
}

/** The box around every node shown (not collapsed away), in map units; null for an empty map. */
export function visibleBounds(nodes: Readonly<Record<string, PlanNode>>): { x: number; y: number; width: number; height: number } | null {
  const hidden = hiddenNodeIds(nodes);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of Object.values(nodes)) {
    if (hidden.has(node.id)) continue;
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + NODE_WIDTH);
    maxY = Math.max(maxY, node.position.y + NODE_HEIGHT);
  }
  if (minX === Infinity) return null;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The view that brings a node into sight with the least movement, keeping the zoom: the map is panned just far
 * enough for the node's box to sit `margin` pixels inside the pane (its top-left corner wins when the box is
 * larger than the pane). A node already inside keeps the view as it is, so its neighbours stay where the eye left them.
 */
export function revealedViewport(
  viewport: Viewport,
  position: { x: number; y: number },
  pane: { width: number; height: number },
  margin: number,
): Viewport {
  const along = (start: number, size: number, paneSize: number): number => {
    if (start < margin) return margin - start;
    const overshoot = start + size - (paneSize - margin);
    return overshoot > 0 ? -Math.min(overshoot, start - margin) : 0;
  };
  const left = position.x * viewport.zoom + viewport.x;
  const top = position.y * viewport.zoom + viewport.y;
  const dx = along(left, NODE_WIDTH * viewport.zoom, pane.width);
  const dy = along(top, NODE_HEIGHT * viewport.zoom, pane.height);
  return dx === 0 && dy === 0 ? viewport : { x: viewport.x + dx, y: viewport.y + dy, zoom: viewport.zoom };
}
