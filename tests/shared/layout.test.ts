import { describe, expect, it } from 'vitest';
import type { Position } from '../../shared/model.ts';
import {
  HORIZONTAL_GAP,
  NODE_HEIGHT,
  NODE_WIDTH,
  VERTICAL_GAP,
  boxesOverlap,
  layoutMindMap,
  placeNewChild,
  placeNewSibling,
} from '../../shared/layout.ts';
import type { LayoutNode, PlacedNode } from '../../shared/layout.ts';
import { buildSamplePlan } from '../../shared/sample/index.ts';

const STEP = NODE_WIDTH + HORIZONTAL_GAP;

function node(id: string, parentId: string | null, order = 0, collapsed = false): LayoutNode {
  return { id, parentId, order, collapsed };
}

/** A seeded random tree: node i hangs under a random earlier node. */
function randomTree(count: number, seed: number, collapseEvery = 0): LayoutNode[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const nodes = [node('n0', null)];
  const childCount = new Map<string, number>();
  for (let i = 1; i < count; i += 1) {
    const parent = `n${Math.floor(random() * i)}`;
    const order = childCount.get(parent) ?? 0;
    childCount.set(parent, order + 1);
    nodes.push(node(`n${i}`, parent, order, collapseEvery > 0 && i % collapseEvery === 0));
  }
  return nodes;
}

/** Ids of nodes not under a collapsed node. */
function visibleIds(nodes: readonly LayoutNode[]): Set<string> {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const visible = new Set<string>();
  for (const n of nodes) {
    let hidden = false;
    for (let parent = n.parentId === null ? undefined : byId.get(n.parentId); parent; parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) {
      if (parent.collapsed) hidden = true;
    }
    if (!hidden) visible.add(n.id);
  }
  return visible;
}

function expectNoOverlap(positions: Map<string, Position>, ids: Iterable<string>): void {
  const list = [...ids].map((id) => [id, positions.get(id)!] as const);
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i + 1; j < list.length; j += 1) {
      const [a, pa] = list[i]!;
      const [b, pb] = list[j]!;
      if (boxesOverlap(pa, pb)) throw new Error(`${a} at ${JSON.stringify(pa)} overlaps ${b} at ${JSON.stringify(pb)}`);
    }
  }
}

const centreY = (position: Position) => position.y + NODE_HEIGHT / 2;

describe('layoutMindMap', () => {
  it('puts the root at (0,0) and handles an empty plan', () => {
    expect(layoutMindMap([]).size).toBe(0);
    expect(layoutMindMap([node('root', null)]).get('root')).toEqual({ x: 0, y: 0 });
  });

  it('splits first-level branches right and left, balanced by height, each column one step out', () => {
    const nodes = [node('root', null), ...[0, 1, 2, 3, 4, 5].map((i) => node(`b${i}`, 'root', i))];
    const positions = layoutMindMap(nodes);
    const xs = [0, 1, 2, 3, 4, 5].map((i) => positions.get(`b${i}`)!.x);
    expect(xs).toEqual([STEP, STEP, STEP, -STEP, -STEP, -STEP]);

    const lopsided = [node('root', null), node('big', 'root', 0), ...[0, 1, 2, 3, 4, 5].map((i) => node(`leaf${i}`, 'big', i))];
    lopsided.push(node('s1', 'root', 1), node('s2', 'root', 2), node('s3', 'root', 3));
    const placed = layoutMindMap(lopsided);
    expect(placed.get('big')!.x).toBe(STEP);
    expect(['s1', 's2', 's3'].map((id) => placed.get(id)!.x)).toEqual([-STEP, -STEP, -STEP]);
    expect(placed.get('leaf0')!.x).toBe(2 * STEP);
  });

  it('grows left-side branches further left', () => {
    const nodes = [node('root', null), node('right', 'root', 0), node('left', 'root', 1), node('leftChild', 'left', 0)];
    const positions = layoutMindMap(nodes);
    expect(positions.get('left')!.x).toBe(-STEP);
    expect(positions.get('leftChild')!.x).toBe(-2 * STEP);
  });

  it('stacks children by order, centred on their parent, a gap apart', () => {
    const nodes = [node('root', null), node('c', 'root', 2), node('a', 'root', 0), node('b', 'root', 1)];
    const positions = layoutMindMap(nodes, { verticalGap: 30 });
    // Three branches: two go right (a, b) and one left (c).
    const [a, b] = [positions.get('a')!, positions.get('b')!];
    expect(b.y - a.y).toBe(NODE_HEIGHT + 30);
    expect((centreY(a) + centreY(b)) / 2).toBe(centreY(positions.get('root')!));

    const deep = [node('root', null), node('p', 'root'), ...[3, 1, 2, 0].map((i) => node(`k${i}`, 'p', i))];
    const placed = layoutMindMap(deep);
    const ys = [0, 1, 2, 3].map((i) => placed.get(`k${i}`)!.y);
    expect([...ys].sort((x, y) => x - y)).toEqual(ys);
    expect(ys[1]! - ys[0]!).toBe(NODE_HEIGHT + VERTICAL_GAP);
    expect((centreY(placed.get('k0')!) + centreY(placed.get('k3')!)) / 2).toBeCloseTo(centreY(placed.get('p')!));
  });

  it('never overlaps nodes in random trees', () => {
    for (const seed of [1, 7, 42]) {
      const nodes = randomTree(400, seed);
      const positions = layoutMindMap(nodes);
      expect(positions.size).toBe(nodes.length);
      expectNoOverlap(positions, positions.keys());
    }
  });

  it('hides collapsed subtrees: visible nodes close up, hidden ones stay near their collapsed ancestor', () => {
    const nodes = randomTree(300, 5, 9);
    const visible = visibleIds(nodes);
    expect(visible.size).toBeLessThan(nodes.length);
    const positions = layoutMindMap(nodes);
    expect(positions.size).toBe(nodes.length);
    expectNoOverlap(positions, visible);

    // The visible part is laid out exactly as if the hidden nodes were not there.
    const pruned = layoutMindMap(nodes.filter((n) => visible.has(n.id)));
    for (const id of visible) expect(positions.get(id)).toEqual(pruned.get(id));

    const byId = new Map(nodes.map((n) => [n.id, n] as const));
    for (const n of nodes) {
      if (visible.has(n.id)) continue;
      const parent = byId.get(n.parentId!)!;
      const parentPosition = positions.get(parent.id)!;
      expect(Math.abs(Math.abs(positions.get(n.id)!.x - parentPosition.x) - STEP)).toBe(0);
    }
  });

  it('lays out 5,000 nodes quickly, and a 5,000-deep chain without overflowing', () => {
    const nodes = randomTree(5000, 3);
    const started = performance.now();
    const positions = layoutMindMap(nodes);
    const elapsed = performance.now() - started;
    expect(positions.size).toBe(5000);
    // Loose bound (the target is well under 200 ms); a shared CI machine must not make this flaky.
    expect(elapsed).toBeLessThan(1500);

    const chain = Array.from({ length: 5000 }, (_, i) => node(`c${i}`, i === 0 ? null : `c${i - 1}`));
    const placed = layoutMindMap(chain);
    expect(placed.get('c4999')).toEqual({ x: 4999 * STEP, y: 0 });
  });

  it('survives orphans and parent cycles: every node gets a place and nothing overlaps', () => {
    const nodes = [
      node('root', null),
      node('a', 'root'),
      node('orphan', 'gone'),
      node('orphanChild', 'orphan'),
      node('x', 'y'),
      node('y', 'x'),
      node('self', 'self'),
    ];
    const positions = layoutMindMap(nodes);
    expect(positions.size).toBe(nodes.length);
    expect(positions.get('root')).toEqual({ x: 0, y: 0 });
    expectNoOverlap(positions, positions.keys());
  });
});

describe('placing a new node', () => {
  const sample = buildSamplePlan('2026-03-15').nodes;
  const byLabel = (label: string) => sample.find((n) => n.label === label)!;

  const expectFree = (nodes: readonly PlacedNode[], position: Position) => {
    for (const other of nodes) expect(boxesOverlap(other.position, position), JSON.stringify(other.position)).toBe(false);
  };

  it('puts a new child one column out on its branch side, below the last child, overlapping nothing', () => {
    const buyingCentre = byLabel('Buying centre');
    const right = placeNewChild(sample, buyingCentre.id);
    expect(Math.sign(buyingCentre.position.x)).toBe(1);
    expect(right.x).toBe(buyingCentre.position.x + STEP);
    const lastChild = sample.filter((n) => n.parentId === buyingCentre.id).reduce((max, n) => Math.max(max, n.position.y), -Infinity);
    expect(right.y).toBeGreaterThanOrEqual(lastChild + NODE_HEIGHT);
    expectFree(sample, right);

    const leftGroup = sample.find((n) => n.parentId === sample[0]!.id && n.position.x < 0)!;
    const left = placeNewChild(sample, leftGroup.id);
    expect(left.x).toBe(leftGroup.position.x - STEP);
    expectFree(sample, left);
  });

  it('finds a free place for a new child or sibling of every node in the sample', () => {
    for (const n of sample) {
      expectFree(sample, placeNewChild(sample, n.id));
      if (n.parentId !== null) {
        const sibling = placeNewSibling(sample, n.id);
        expect(sibling.x).toBe(n.position.x);
        expect(sibling.y).toBeGreaterThan(n.position.y);
        expectFree(sample, sibling);
      }
    }
  });

  it('places a first child beside a leaf, and balances new branches at the root', () => {
    const nodes: PlacedNode[] = [
      { ...node('root', null), position: { x: 0, y: 0 } },
      { ...node('r', 'root', 0), position: { x: STEP, y: 0 } },
      { ...node('l', 'root', 1), position: { x: -STEP, y: 0 } },
      { ...node('r2', 'root', 2), position: { x: STEP, y: NODE_HEIGHT + VERTICAL_GAP } },
    ];
    expect(placeNewChild(nodes, 'l')).toEqual({ x: -2 * STEP, y: 0 });
    expect(placeNewChild(nodes, 'r')).toEqual({ x: 2 * STEP, y: 0 });
    const branch = placeNewChild(nodes, 'root');
    expect(branch.x).toBe(-STEP);
    expectFree(nodes, branch);
  });

  it('ignores nodes hidden under a collapsed parent', () => {
    const nodes: PlacedNode[] = [
      { ...node('root', null), position: { x: 0, y: 0 } },
      { ...node('p', 'root', 0, true), position: { x: STEP, y: 0 } },
      { ...node('hidden', 'p'), position: { x: STEP, y: NODE_HEIGHT + VERTICAL_GAP } },
    ];
    expect(placeNewSibling(nodes, 'p')).toEqual({ x: STEP, y: NODE_HEIGHT + VERTICAL_GAP });
  });
});
