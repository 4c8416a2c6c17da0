import { describe, expect, it } from 'vitest';
import { gapStatus, goalBuild, goalProgress } from '../../../shared/rules/goalBuild.ts';
import { planTree } from '../../../shared/rules/tree.ts';
import { node } from '../document/fixtures.ts';

describe('goalBuild', () => {
  it('the Globex case: 3.0M built from 1.2M + 1.0M + 0.7M is 2.9M, 100,000 short, up to the plan', () => {
    const tree = planTree([
      node('acc', 'account', 'Globex', null),
      node('g', 'goal', 'Grow Globex', 'acc', { target: 3_000_000 }),
      node('g1', 'goal', 'Renewal', 'g', { target: 1_200_000 }, { order: 0 }),
      node('g2', 'goal', 'Expansion', 'g', { target: 1_000_000 }, { order: 1 }),
      node('g3', 'goal', 'New line', 'g', { target: 700_000 }, { order: 2 }),
    ]);
    const { goals, plan } = goalBuild(tree, 3_000_000);
    expect(goals.get('g')).toMatchObject({ target: 3_000_000, build: 2_900_000, contribution: 2_900_000, gap: 100_000, subGoalIds: ['g1', 'g2', 'g3'] });
    expect(goals.get('g1')).toMatchObject({ build: null, contribution: 1_200_000, gap: null, parentGoalId: 'g' });
    expect(plan).toEqual({ growthTarget: 3_000_000, build: 2_900_000, gap: 100_000, topGoalIds: ['g'] });
  });

  it('a shortfall deep down shows at every level; goals without targets bring their build or nothing', () => {
    const tree = planTree([
      node('acc', 'account', 'Acme', null),
      node('top', 'goal', 'Top', 'acc', { target: 1000 }),
      node('mid', 'goal', 'Mid (no target)', 'top', { target: null }, { order: 0 }),
      node('leaf1', 'goal', 'Leaf 1', 'mid', { target: 300 }),
      node('leaf2', 'goal', 'Leaf 2 (no target)', 'mid', { target: null }, { order: 1 }),
      node('opp', 'opportunity', 'Deal', 'top', {}, { order: 1 }),
      node('underOpp', 'goal', 'Under a deal', 'opp', { target: 200 }),
      node('topic', 'topic', 'Ideas', 'top', {}, { order: 2 }),
      node('underTopic', 'goal', 'Under a topic', 'topic', { target: 100 }),
      node('solo', 'goal', 'Solo without target', 'acc', { target: null }, { order: 1 }),
    ]);
    const { goals, plan } = goalBuild(tree, 1500);
    expect(goals.get('mid')).toMatchObject({ target: null, build: 300, contribution: 300, gap: null });
    expect(goals.get('leaf2')).toMatchObject({ contribution: 0, build: null });
    expect(goals.get('underOpp')?.parentGoalId).toBe('top');
    expect(goals.get('underTopic')?.parentGoalId).toBe('top');
    expect(goals.get('top')).toMatchObject({ build: 600, gap: 400, subGoalIds: ['mid', 'underOpp', 'underTopic'] });
    expect(goals.get('solo')).toMatchObject({ contribution: 0, build: null, gap: null });
    expect(plan).toMatchObject({ build: 600, gap: 900, topGoalIds: ['top', 'solo'] });
  });

  it('sums money to the cent and reports a plan without goals or growth target as nothing to compare', () => {
    const tree = planTree([
      node('acc', 'account', 'Acme', null),
      node('g', 'goal', 'G', 'acc', { target: 0.3 }),
      node('a', 'goal', 'A', 'g', { target: 0.1 }),
      node('b', 'goal', 'B', 'g', { target: 0.2 }, { order: 1 }),
    ]);
    expect(goalBuild(tree, null).goals.get('g')?.gap).toBe(0);
    expect(goalBuild(tree, null).plan).toMatchObject({ build: 0.3, gap: null });
    expect(goalBuild(planTree([node('acc', 'account', 'Acme', null)]), 1000).plan).toMatchObject({ build: null, gap: null, topGoalIds: [] });
    expect([gapStatus(5), gapStatus(-5), gapStatus(0), gapStatus(null)]).toEqual(['short', 'over', 'met', null]);
  });

  it('adds achieved figures up from sub-goals when a goal has none of its own', () => {
    const tree = planTree([
      node('acc', 'account', 'Acme', null),
      node('g', 'goal', 'G', 'acc', { target: 1000, achieved: null }),
      node('a', 'goal', 'A', 'g', { target: 600, achieved: 150 }),
      node('b', 'goal', 'B', 'g', { target: 400, achieved: null }, { order: 1 }),
    ]);
    const { goals } = goalBuild(tree, null);
    expect(goals.get('g')?.achieved).toBe(150);
    expect(goals.get('b')?.achieved).toBeNull();
    expect(goalProgress(goals.get('g')!)).toEqual({ measure: 1000, achieved: 150, percent: 15 });
    expect(goalProgress({ target: null, build: null, achieved: 5 })).toBeNull();
  });

  it('works through a 10,000-level chain of goals', () => {
    const chain = Array.from({ length: 10_000 }, (_, at) =>
      at === 0 ? node('acc', 'account', 'Acme', null) : node(`g${at}`, 'goal', `G${at}`, at === 1 ? 'acc' : `g${at - 1}`, { target: at === 9999 ? 50 : 100 }),
    );
    const { goals, plan } = goalBuild(planTree(chain), 100);
    expect(goals.get('g1')).toMatchObject({ build: 50, gap: 50 });
    expect(plan).toMatchObject({ build: 50, gap: 50 });
  });
});
