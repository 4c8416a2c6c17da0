import { afterEach, describe, expect, it } from 'vitest';
import { MAP_SHAPE_ZOOM, overviewLabelMapPx, showsShape } from '../../../shared/mapOverview.ts';
import { kindOf } from '../../../shared/kinds/index.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../shared/layout.ts';
import { nodesInsideBox } from '../../../shared/rules/dropPlace.ts';
import { createFlowModelBuilder } from '../../../renderer/map/flowModel.ts';
import type { FlowSource } from '../../../renderer/map/flowModel.ts';
import { shapePaths } from '../../../renderer/map/MapShape.tsx';
import type { PlanStore } from '../../../renderer/store/types.ts';
import { openPlan, seedEdge, seedNode } from '../planFixture.ts';
import type { OpenPlan } from '../planFixture.ts';

let plan: OpenPlan;
afterEach(() => plan?.close());

const seed = (root: string) => ({
  nodes: [
    seedNode('s1', 'stakeholder', 'Dana Whitfield', root, 300, 0),
    seedNode('s2', 'stakeholder', 'Sam Ortiz', root, 300, 100),
    seedNode('n1', 'need', 'Cut costs', 's1', 600, 0),
    seedNode('t1', 'topic', 'Parked', root, -300, 0, { collapsed: true }),
    seedNode('t2', 'topic', 'Inside the parked branch', 't1', -600, 0),
  ],
  edges: [seedEdge('e1', 'hasNeed', 's2', 'n1')],
});

function flowSource(state: PlanStore, shape: boolean): FlowSource {
  return {
    nodes: state.nodes,
    edges: state.edges,
    selectedNodeIds: state.selection.nodeIds,
    selectedEdgeId: state.selection.edgeId,
    currency: state.plan.currency,
    growthTarget: state.plan.growthTarget,
    overview: shape,
    shape,
  };
}

describe('the map shape (zoomed out past every label)', () => {
  it('starts where branch labels stop growing', () => {
    expect(showsShape(MAP_SHAPE_ZOOM)).toBe(false);
    expect(showsShape(MAP_SHAPE_ZOOM * 0.99)).toBe(true);
    expect(overviewLabelMapPx(MAP_SHAPE_ZOOM * 1.01)).toBeGreaterThan(25);
    expect(overviewLabelMapPx(MAP_SHAPE_ZOOM * 0.99)).toBe(25);
  });

  it('keeps only the account and the selection as React Flow nodes; the rest are marks, collapsed branches stay out', async () => {
    plan = await openPlan(seed);
    const { store } = plan;
    store.getState().select({ nodeIds: ['s1'], edgeId: null });
    const builder = createFlowModelBuilder();
    const { nodes, edges, shapeRelations } = builder.build(flowSource(store.getState(), true));
    const drawn = nodes.filter((node) => !node.hidden).map((node) => node.id).sort();
    expect(drawn).toEqual([plan.root.id, 's1'].sort());
    expect(nodes.filter((node) => node.data.shapeOnly).map((node) => node.id).sort()).toEqual(['n1', 's2', 't1']);
    // React Flow draws no link to a mark: the tree link from the account to the selected s1 only.
    expect(edges.map((edge) => edge.id)).toEqual(['tree:s1']);

    // The relation s2–n1 is not the selection's: zoomed out it is not drawn at all.
    expect(shapeRelations).toEqual([]);
    expect(shapePaths(nodes, shapeRelations).relations).toBe('');
    store.getState().select({ nodeIds: ['s1', 's2'], edgeId: null });
    const withS2 = builder.build(flowSource(store.getState(), true));
    expect(withS2.shapeRelations.map((edge) => edge.id)).toEqual(['e1']);
    expect(shapePaths(withS2.nodes, withS2.shapeRelations).relations.match(/M/g)).toHaveLength(1);
    store.getState().select({ nodeIds: ['s1'], edgeId: null });
    const shape = shapePaths(nodes, shapeRelations);
    expect(shape.count).toBe(3);
    const byColor = new Map(shape.marks.map((mark) => [mark.color, mark.count]));
    expect(byColor.get(kindOf('stakeholder').color)).toBe(1);
    expect(byColor.get(kindOf('need').color)).toBe(1);
    expect(byColor.get(kindOf('topic').color)).toBe(1);
    // Tree lines: account–s2, s1–n1, account–t1 (account–s1 is React Flow's).
    expect(shape.tree.match(/M/g)).toHaveLength(3);
    // The picture covers every drawn item, the collapsed branch's inside excluded.
    expect(shape.bounds).toEqual({ x: -300, y: 0, width: 600 + NODE_WIDTH + 300, height: 100 + NODE_HEIGHT });

    // Zoomed back in, every item is a card again.
    const zoomedIn = builder.build(flowSource(store.getState(), false));
    expect(zoomedIn.nodes.filter((node) => !node.hidden).map((node) => node.id).sort()).toEqual([plan.root.id, 'n1', 's1', 's2', 't1'].sort());
    expect(zoomedIn.nodes.some((node) => node.data.shapeOnly)).toBe(false);
  });

  it('a selection box takes the items wholly inside it', () => {
    const items = [
      { id: 'a', position: { x: 0, y: 0 } },
      { id: 'b', position: { x: 300, y: 0 } },
      { id: 'c', position: { x: 0, y: 200 } },
    ];
    expect(nodesInsideBox(items, { x: -10, y: -10, width: NODE_WIDTH + 20, height: NODE_HEIGHT + 20 }).map((item) => item.id)).toEqual(['a']);
    expect(nodesInsideBox(items, { x: -10, y: -10, width: 600, height: 400 }).map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(nodesInsideBox(items, { x: 10, y: 0, width: 600, height: 400 }).map((item) => item.id)).toEqual(['b']);
  });
});
