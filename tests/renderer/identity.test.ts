import { afterEach, describe, expect, it } from 'vitest';
import { createFlowModelBuilder, fittedViewport, nodeAriaLabel, revealedViewport } from '../../renderer/map/flowModel.ts';
import type { FlowSource } from '../../renderer/map/flowModel.ts';
import { updateNode } from '../../renderer/commands/updateNode.ts';
import { runCommand } from '../../renderer/commands/run.ts';
import type { PlanStore } from '../../renderer/store/types.ts';
import { openPlan, seedEdge, seedNode } from './planFixture.ts';
import type { OpenPlan } from './planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan.close());

const seed = (root: string) => ({
  nodes: [
    seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0),
    seedNode('n1', 'need', 'Cut costs', 's1', 600, 0),
    seedNode('g1', 'goal', 'Grow', root, -300, 0, { data: { metric: '', target: 1000, achieved: null, dueDate: null, notes: '' } }),
    seedNode('g2', 'goal', 'Renewal', 'g1', -600, 0, { data: { metric: '', target: 600, achieved: null, dueDate: null, notes: '' } }),
    seedNode('g3', 'goal', 'Expansion', 'g1', -600, 100, { data: { metric: '', target: 300, achieved: null, dueDate: null, notes: '' } }),
  ],
  edges: [seedEdge('e1', 'hasNeed', 's1', 'n1')],
});

function flowSource(state: PlanStore): FlowSource {
  return {
    nodes: state.nodes,
    edges: state.edges,
    selectedNodeIds: state.selection.nodeIds,
    selectedEdgeId: state.selection.edgeId,
    currency: state.plan.currency,
    growthTarget: state.plan.growthTarget,
  };
}

describe('identity of unchanged nodes', () => {
  it('an edit to one node replaces only that node object in the store', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    const before = store.getState().nodes;
    const edgesBefore = store.getState().edges;
    runCommand(store, updateNode, { id: 's1', changes: { data: { title: 'CFO' } } });
    const after = store.getState().nodes;
    expect(after).not.toBe(before);
    expect(after.s1).not.toBe(before.s1);
    for (const id of ['n1', 'g1', 'g2', 'g3', plan.root.id]) expect(after[id]).toBe(before[id]);
    expect(store.getState().edges).toBe(edgesBefore);
  });

  it('a drag frame gives React Flow a new object only for the moved node (and links touching it)', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    const builder = createFlowModelBuilder();
    const { nodes: nodes1, edges: edges1 } = builder.build(flowSource(store.getState()));
    store.getState().previewPositions([{ id: 'g3', x: -620, y: 140 }]);
    const { nodes: nodes2, edges: edges2 } = builder.build(flowSource(store.getState()));
    const changed = nodes2.filter((node, index) => node !== nodes1[index]).map((node) => node.id);
    expect(changed).toEqual(['g3']);
    expect(edges2.find((edge) => edge.id === 'e1')).toBe(edges1.find((edge) => edge.id === 'e1'));
    expect(edges2.find((edge) => edge.id === 'tree:n1')).toBe(edges1.find((edge) => edge.id === 'tree:n1'));
    // No link changed, so React Flow gets the very same edges array and keeps its connection lookup.
    expect(edges2).toBe(edges1);
  });

  it('every drag frame, built from the previous build, equals a build from scratch', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    const builder = createFlowModelBuilder();
    builder.build(flowSource(store.getState()));
    const frames = [
      [{ id: 'g3', x: -200, y: 140 }], // across its parent: the tree link changes side
      [{ id: 's1', x: 700, y: 300 }], // a relation's end: its handles change
      [{ id: 'g2', x: 500, y: -50 }], // across the root: the box changes side
      [{ id: 'g1', x: 100, y: 400 }, { id: 'n1', x: 100, y: 500 }], // a parent and another node at once
    ];
    for (const positions of frames) {
      store.getState().previewPositions(positions);
      const incremental = builder.build(flowSource(store.getState()));
      const scratch = createFlowModelBuilder().build(flowSource(store.getState()));
      expect(incremental.nodes).toEqual(scratch.nodes);
      expect(incremental.edges).toEqual(scratch.edges);
    }
  });

  it('a relation to a box inside a collapsed branch is not drawn', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    const builder = createFlowModelBuilder();
    const relations = () => builder.build(flowSource(store.getState())).edges.filter((edge) => edge.type === 'relation').map((edge) => edge.id);
    expect(relations()).toEqual(['e1']);
    store.setState({ nodes: { ...store.getState().nodes, s1: { ...store.getState().nodes.s1!, collapsed: true } } });
    expect(relations()).toEqual([]);
  });

  it('zoomed out, only the relations of the selection are on the map', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    const builder = createFlowModelBuilder();
    const relations = (overview: boolean) =>
      builder.build({ ...flowSource(store.getState()), overview }).edges.filter((edge) => edge.type === 'relation').map((edge) => edge.id);
    expect(relations(false)).toEqual(['e1']);
    expect(relations(true)).toEqual([]);
    store.getState().select({ nodeIds: ['n1'], edgeId: null });
    expect(relations(true)).toEqual(['e1']);
    store.getState().select({ nodeIds: [], edgeId: null });
    expect(relations(true)).toEqual([]);
  });

  it('gives a new edges array once a link changes (a drag across its parent flips the link side)', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    const builder = createFlowModelBuilder();
    const edges1 = builder.build(flowSource(store.getState())).edges;
    store.getState().previewPositions([{ id: 'g3', x: -200, y: 140 }]);
    const edges2 = builder.build(flowSource(store.getState())).edges;
    expect(edges2).not.toBe(edges1);
    expect(edges2.find((edge) => edge.id === 'tree:g3')).not.toBe(edges1.find((edge) => edge.id === 'tree:g3'));
  });

  it('a change to a child goal updates the parent goal’s rolled-up value (the goal build)', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    const builder = createFlowModelBuilder();
    const goal = () => builder.build(flowSource(store.getState())).nodes.find((node) => node.id === 'g1')!;
    expect(goal().data.facts).toMatchObject({ build: 900, gap: 100 });
    runCommand(store, updateNode, { id: 'g3', changes: { data: { target: 400 } } });
    expect(goal().data.facts).toMatchObject({ build: 1000, gap: 0 });
    expect(goal().data.node.data).toMatchObject({ target: 1000 });
  });

  it('hides the branch of a collapsed node, its links and relations, and counts what is hidden; every node is labelled "<Kind>: <label>"', async () => {
    plan = await openPlan((root) => {
      const seeded = seed(root);
      seeded.nodes[2] = { ...seeded.nodes[2]!, collapsed: true };
      return seeded;
    });
    const flow = createFlowModelBuilder().build(flowSource(plan.store.getState())).nodes;
    const g1 = flow.find((node) => node.id === 'g1')!;
    expect(g1.data.hiddenCount).toBe(2);
    expect(flow.filter((node) => node.hidden).map((node) => node.id).sort()).toEqual(['g2', 'g3']);
    expect(flow.find((node) => node.id === 's1')!.ariaLabel).toBe('Stakeholder: Dana Whitfield');
    // No link is drawn to a box inside a collapsed branch.
    const edges = createFlowModelBuilder().build(flowSource(plan.store.getState())).edges.map((edge) => edge.id);
    expect(edges).toContain('tree:g1');
    expect(edges).not.toContain('tree:g2');
    expect(edges).not.toContain('tree:g3');
    expect(nodeAriaLabel({ kind: 'teamMember', label: 'Maya Chen' })).toBe('Team member: Maya Chen');
  });
});

describe('the first view of a map', () => {
  const FIT = { minZoom: 0.1, maxZoom: 1, padding: 0.12 };

  it('fits every box that is not inside a collapsed branch, centred, never above 100 % nor below the least zoom', async () => {
    plan = await openPlan(seed);
    const nodes = plan.store.getState().nodes;
    const bounds = (ids: string[]) => {
      const boxes = ids.map((id) => nodes[id]!.position);
      const left = Math.min(...boxes.map((p) => p.x));
      const top = Math.min(...boxes.map((p) => p.y));
      return { left, top, right: Math.max(...boxes.map((p) => p.x)) + 220, bottom: Math.max(...boxes.map((p) => p.y)) + 72 };
    };
    const onScreen = (view: { x: number; y: number; zoom: number }, box: ReturnType<typeof bounds>) => ({
      left: view.x + box.left * view.zoom,
      right: view.x + box.right * view.zoom,
      top: view.y + box.top * view.zoom,
      bottom: view.y + box.bottom * view.zoom,
    });

    const all = bounds(Object.keys(nodes));
    const view = fittedViewport(nodes, 1000, 800, FIT);
    const shown = onScreen(view, all);
    // Inside the pane with room to spare, and centred (React Flow rounds the padding to whole pixels).
    expect(shown.left).toBeGreaterThan(0);
    expect(shown.right).toBeLessThan(1000);
    expect(shown.top).toBeGreaterThan(0);
    expect(shown.bottom).toBeLessThan(800);
    expect(Math.abs((shown.left + shown.right) / 2 - 500)).toBeLessThanOrEqual(1);
    expect(Math.abs((shown.top + shown.bottom) / 2 - 400)).toBeLessThanOrEqual(1);
    // The width is what limits: the map spans most of the pane's width.
    expect(shown.right - shown.left).toBeGreaterThan(700);
    expect(fittedViewport(nodes, 4000, 3000, FIT).zoom).toBe(1);
    expect(fittedViewport(nodes, 50, 40, FIT).zoom).toBe(0.1);

    // Collapsing the goals hides g2 and g3, the left-most boxes: the view fits the rest, closer up.
    const collapsed = { ...nodes, g1: { ...nodes.g1!, collapsed: true } };
    const closer = fittedViewport(collapsed, 1000, 800, FIT);
    const rest = onScreen(closer, bounds(Object.keys(nodes).filter((id) => id !== 'g2' && id !== 'g3')));
    expect(closer.zoom).toBeGreaterThan(view.zoom);
    expect(Math.abs((rest.left + rest.right) / 2 - 500)).toBeLessThanOrEqual(1);
    expect(rest.right - rest.left).toBeCloseTo(shown.right - shown.left, 5);
  });

  it('brings a node into sight by panning no further than needed, keeping the zoom', () => {
    const pane = { width: 1100, height: 900 };
    const view = { x: 400, y: 400, zoom: 1 };
    // Inside already: the very same view, so nothing moves.
    expect(revealedViewport(view, { x: 100, y: 100 }, pane, 48)).toBe(view);
    // Off to the right by 220 + 48 pixels: panned left by exactly that, vertically untouched.
    const right = revealedViewport(view, { x: 700, y: 0 }, pane, 48);
    expect(right).toEqual({ x: 400 - (400 + 700 + 220 - (1100 - 48)), y: 400, zoom: 1 });
    // Above and to the left: panned so its corner sits at the margin.
    expect(revealedViewport(view, { x: -500, y: -600 }, pane, 48)).toEqual({ x: 48 + 500, y: 48 + 600, zoom: 1 });
    // Zoomed out to a half, distances on screen halve.
    const half = revealedViewport({ x: 0, y: 0, zoom: 0.5 }, { x: 2400, y: 0 }, pane, 48);
    expect(half.zoom).toBe(0.5);
    expect(half.x + (2400 + 220) * 0.5).toBe(1100 - 48);
    // A pane narrower than a box: its left edge is kept in sight rather than its right.
    const narrow = revealedViewport(view, { x: 300, y: 0 }, { width: 200, height: 900 }, 48);
    expect(narrow.x + 300).toBe(48);
  });
});
