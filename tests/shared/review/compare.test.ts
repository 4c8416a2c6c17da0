import { describe, expect, it } from 'vitest';
import { nodesOfKind } from '../../../shared/model.ts';
import type { PlanNode } from '../../../shared/model.ts';
import { comparePlans, findReview, lastReview, reviewDefaultLabel } from '../../../shared/review/index.ts';
import type { PlanState } from '../../../shared/review/index.ts';
import { buildSamplePlan } from '../../../shared/sample/index.ts';

const TODAY = '2026-03-15';
const SINCE = { id: 'review-1', label: 'Q1 review', takenAt: `${TODAY}T09:00:00.000Z` };

function counter(): () => string {
  let next = 0;
  return () => `id-${(next += 1)}`;
}

function sample(): PlanState & { nodes: PlanNode[] } {
  const file = buildSamplePlan(TODAY, { newId: counter() });
  return { plan: file.plan, nodes: file.nodes, edges: file.edges };
}

function edit(state: PlanState, id: string, change: (node: PlanNode) => PlanNode): PlanState {
  return { ...state, nodes: state.nodes.map((node) => (node.id === id ? change(node) : node)) };
}

describe('comparePlans', () => {
  it('finds nothing between a plan and itself, and ignores layout (positions, order, folding)', () => {
    const before = sample();
    const after = { ...before, nodes: before.nodes.map((node) => ({ ...node, position: { x: node.position.x + 40, y: 3 }, order: node.order + 1, collapsed: !node.collapsed })) };
    const result = comparePlans(before, after, SINCE, TODAY);
    expect(result.items).toEqual([]);
    expect(Object.values(result.counts).every((count) => count === 0)).toBe(true);
  });

  it('shows exactly the four changes of the done-when: support, an action done, a due date moved, a need added', () => {
    const before = sample();
    const stakeholder = nodesOfKind(before.nodes, 'stakeholder').find((node) => node.data.support === 'neutral')!;
    const [done, moved] = nodesOfKind(before.nodes, 'action').filter((node) => node.data.status !== 'done' && node.data.dueDate && node.data.dueDate >= TODAY);
    let after = edit(before, stakeholder.id, (node) => ({ ...node, data: { ...node.data, support: 'supporter' } }) as PlanNode);
    after = edit(after, done!.id, (node) => ({ ...node, data: { ...node.data, status: 'done' } }) as PlanNode);
    after = edit(after, moved!.id, (node) => ({ ...node, data: { ...node.data, dueDate: '2026-06-30' } }) as PlanNode);
    const account = before.nodes.find((node) => node.kind === 'account')!;
    const need = { ...nodesOfKind(before.nodes, 'need')[0]!, id: 'need-new', label: 'Cut returns handling cost', parentId: account.id };
    after = { ...after, nodes: [...after.nodes, need] };

    const result = comparePlans(before, after, SINCE, TODAY);
    expect(result.items.map((item) => [item.category, item.nodeId])).toEqual([
      ['added', 'need-new'],
      ['support', stakeholder.id],
      ['action-done', done!.id],
      ['action-slipped', moved!.id],
    ]);
    expect(result.items[1]).toMatchObject({ message: `${stakeholder.label}: support Neutral → Supporter`, direction: 'up', before: 'Neutral', after: 'Supporter' });
    expect(result.items[2]!.message).toBe(`${done!.label}: completed`);
    expect(result.items[3]!.message).toMatch(/due date moved .* → 30 Jun 2026$/);
    expect(result.items[3]!.direction).toBe('down');
    expect(result.byNode[stakeholder.id]).toEqual(['support']);
    expect(result.counts).toMatchObject({ added: 1, support: 1, 'action-done': 1, 'action-slipped': 1, changed: 0, removed: 0 });
  });

  it('reports removed items, influence with its direction, milestones, goal build, newly overdue actions and other edits', () => {
    const before = sample();
    const [first, second] = nodesOfKind(before.nodes, 'stakeholder');
    const milestone = nodesOfKind(before.nodes, 'milestone')[0]!;
    const goal = nodesOfKind(before.nodes, 'goal')[0]!;
    const action = nodesOfKind(before.nodes, 'action').find((node) => node.data.status !== 'done' && node.data.dueDate && node.data.dueDate > TODAY)!;
    let after = edit(before, first!.id, (node) => ({ ...node, data: { ...node.data, influence: first!.data.influence === 'low' ? 'high' : 'low' } }) as PlanNode);
    after = edit(after, milestone.id, (node) => ({ ...node, data: { ...node.data, actual: 999 } }) as PlanNode);
    after = edit(after, goal.id, (node) => ({ ...node, data: { ...node.data, target: 1 } }) as PlanNode);
    after = edit(after, action.id, (node) => ({ ...node, label: 'Renamed action' }));
    after = { ...after, nodes: after.nodes.filter((node) => node.id !== second!.id), edges: after.edges.filter((edge) => edge.source !== second!.id && edge.target !== second!.id) };
    // Two years on, every open action with a due date has become overdue since the review.
    const result = comparePlans(before, after, SINCE, '2028-03-15');
    const categories = result.items.map((item) => item.category);
    expect(categories).toContain('removed');
    expect(categories).toContain('influence');
    expect(categories).toContain('milestone');
    expect(categories).toContain('goal-build');
    expect(result.items.filter((item) => item.category === 'action-overdue').map((item) => item.nodeId)).toContain(action.id);
    expect(result.items.find((item) => item.category === 'changed' && item.nodeId === action.id)!.message).toBe(`Renamed action: renamed from “${action.label}”`);
    const influence = result.items.find((item) => item.category === 'influence')!;
    expect(influence.direction).toBe(first!.data.influence === 'low' ? 'up' : first!.data.influence === 'unknown' ? undefined : 'down');
    expect(result.items.find((item) => item.category === 'removed')!.nodeId).toBe(second!.id);
  });

  it('compares two 2,000-node plans', () => {
    const base = sample();
    const template = base.nodes.find((node) => node.kind === 'action')!;
    const nodes = Array.from({ length: 2000 }, (_, at) => ({ ...template, id: `n${at}`, label: `Action ${at}` }));
    const changed = nodes.map((node, at) => (at % 10 === 0 ? ({ ...node, data: { ...node.data, status: 'done' } } as PlanNode) : node));
    // Its speed is measured in the benchmark (tests/bench/reviews.ts), not here: a timed test flakes on a busy machine.
    const result = comparePlans({ ...base, nodes }, { ...base, nodes: changed }, SINCE, TODAY);
    expect(result.counts['action-done']).toBe(template.data.status === 'done' ? 0 : 200);
  });
});

describe('reviews', () => {
  const reviews = [
    { id: 'a', label: 'Q1 review', takenAt: '2026-01-10T10:00:00.000Z' },
    { id: 'b', label: 'Q2 review', takenAt: '2026-04-10T10:00:00.000Z' },
    { id: 'c', label: 'q1 review', takenAt: '2026-02-10T10:00:00.000Z' },
  ];
  it('picks the last review, finds one by id or name, and names a review by its date', () => {
    expect(lastReview(reviews)!.id).toBe('b');
    expect(lastReview([])).toBeNull();
    expect(findReview(reviews, 'a')!.id).toBe('a');
    expect(findReview(reviews, ' Q1 REVIEW ')!.id).toBe('c');
    expect(findReview(reviews, 'Q3')).toBeNull();
    expect(reviewDefaultLabel('2026-12-02T03:00:00.000Z')).toBe('Review 2 Dec 2026');
  });
});
