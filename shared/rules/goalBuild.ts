import type { PlanNode } from '../model.ts';
import type { PlanTree } from './tree.ts';

/** How one goal adds up. */
export interface GoalBuild {
  /** The goal's own target; null when none is set. */
  target: number | null;
  /** The sum of what its sub-goals contribute; null when it has no sub-goals. */
  build: number | null;
  /** What it brings to the goal above it (or to the plan): its build when it has sub-goals, else its target (0 without one). */
  contribution: number;
  /** Target minus build (positive: short, negative: over); null without a target or without sub-goals. */
  gap: number | null;
  /** Achieved so far: its own figure, else the sum of its sub-goals' figures; null when none is known. */
  achieved: number | null;
  /** The nearest goal above it, whatever lies between (opportunities, topics); null for a top-level goal. */
  parentGoalId: string | null;
  /** Its sub-goals (the goals whose nearest goal above is this one), in outline order. */
  subGoalIds: string[];
}

/** How the plan's goals add up against its growth target. */
export interface PlanBuild {
  /** The plan's growth target; null when none is set. */
  growthTarget: number | null;
  /** The sum of what the top-level goals contribute; null when the plan has no goals. */
  build: number | null;
  /** Growth target minus build (positive: short); null without a growth target or without goals. */
  gap: number | null;
  /** Goals with no goal above them, in outline order. */
  topGoalIds: string[];
}

/** The goal build of a whole plan: every goal's figures and the plan's. */
export interface GoalBuildResult {
  goals: ReadonlyMap<string, GoalBuild>;
  plan: PlanBuild;
}

/** Whether a gap is a shortfall, a surplus or exactly met; null when there is nothing to compare. */
export type GapStatus = 'short' | 'over' | 'met';

// Money is summed to the cent, so 0.1 + 0.2 still meets a target of 0.3.
const cents = (value: number): number => {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
};

/** Short, over or met, for a gap from `goalBuild` (null stays null). */
export function gapStatus(gap: number | null): GapStatus | null {
  if (gap === null) return null;
  return gap > 0 ? 'short' : gap < 0 ? 'over' : 'met';
}

/**
 * The goal build. What a goal contributes to the goal above it is its build when it has sub-goals, else its
 * target; its build is the sum of what its sub-goals contribute, all the way down; its gap is its target minus
 * its build. A goal's parent goal is its nearest goal ancestor, so goals filed under an opportunity or a topic
 * still count. The plan's build is the sum of what its top-level goals contribute, against the growth target:
 * a shortfall anywhere shows all the way up to the account. Computed in one backward pass over the outline
 * order (sub-goals come after their goal), so depth costs nothing.
 */
export function goalBuild(tree: PlanTree<PlanNode>, growthTarget: number | null): GoalBuildResult {
  const goals = new Map<string, GoalBuild>();
  const nearestGoal = new Map<string, string | null>();
  const topGoalIds: string[] = [];
  for (const node of tree.ordered) {
    const parent = tree.parent(node.id);
    const above = parent ? (parent.kind === 'goal' ? parent.id : (nearestGoal.get(parent.id) ?? null)) : null;
    nearestGoal.set(node.id, above);
    if (node.kind !== 'goal') continue;
    goals.set(node.id, {
      target: node.data.target,
      build: null,
      contribution: 0,
      gap: null,
      achieved: node.data.achieved,
      parentGoalId: above,
      subGoalIds: [],
    });
    if (above === null) topGoalIds.push(node.id);
    else goals.get(above)!.subGoalIds.push(node.id);
  }
  const sums = new Map<string, number>();
  const achievedSums = new Map<string, number>();
  let planSum = 0;
  for (let at = tree.ordered.length - 1; at >= 0; at -= 1) {
    const goal = goals.get(tree.ordered[at]!.id);
    if (!goal) continue;
    if (goal.subGoalIds.length > 0) {
      goal.build = cents(sums.get(tree.ordered[at]!.id) ?? 0);
      goal.contribution = goal.build;
      goal.gap = goal.target === null ? null : cents(goal.target - goal.build);
      const below = achievedSums.get(tree.ordered[at]!.id);
      if (goal.achieved === null && below !== undefined) goal.achieved = cents(below);
    } else {
      goal.contribution = goal.target ?? 0;
    }
    if (goal.parentGoalId === null) planSum += goal.contribution;
    else {
      sums.set(goal.parentGoalId, (sums.get(goal.parentGoalId) ?? 0) + goal.contribution);
      if (goal.achieved !== null) achievedSums.set(goal.parentGoalId, (achievedSums.get(goal.parentGoalId) ?? 0) + goal.achieved);
    }
  }
  const build = topGoalIds.length > 0 ? cents(planSum) : null;
  return {
    goals,
    plan: {
      growthTarget,
      build,
      gap: growthTarget === null || build === null ? null : cents(growthTarget - build),
      topGoalIds,
    },
  };
}

/** A goal's progress: achieved so far (nothing when unknown) against its target, or its build when it has no target. */
export interface GoalProgress {
  /** What progress is measured against: the target, else the build. */
  measure: number;
  achieved: number;
  /** Achieved as a percentage of the measure (may pass 100). */
  percent: number;
}

/** Progress of a goal from its figures; null when there is nothing positive to measure against. */
export function goalProgress(goal: Pick<GoalBuild, 'target' | 'build' | 'achieved'>): GoalProgress | null {
  const measure = goal.target ?? goal.build;
  if (measure === null || measure <= 0) return null;
  const achieved = goal.achieved ?? 0;
  return { measure, achieved, percent: (achieved / measure) * 100 };
}
