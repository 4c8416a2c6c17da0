import type { PlanNodeOf } from '../../model.ts';
import type { DashboardOutline, GoalBuildEntry, MilestoneStatus } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';
import { depthFirst } from '../walk.ts';
import { isOverdue } from './actions.ts';

/**
 * How a milestone stands on `today`: achieved when the actual reaches the target; behind when the due date
 * has come (due ≤ today) and the actual is below the target or missing; otherwise on track (not yet due).
 */
export function milestoneStatus(milestone: PlanNodeOf<'milestone'>, today: string): MilestoneStatus {
  const { target, actual, dueDate } = milestone.data;
  if (target === null) return 'no-target';
  if (actual !== null && actual >= target) return 'achieved';
  if (dueDate !== null && dueDate <= today) return 'behind';
  return 'on-track';
}

/** Achieved so far per goal: the goal's own figure, else the sum of its components'. */
function achievedOf(order: readonly { item: GoalBuildEntry }[]): Map<GoalBuildEntry, number> {
  const achieved = new Map<GoalBuildEntry, number>();
  // Components come after their goal in depth-first order: walked backwards, each is known before its goal.
  for (let at = order.length - 1; at >= 0; at -= 1) {
    const entry = order[at]!.item;
    const own = entry.node.data.achieved;
    achieved.set(entry, own ?? entry.components.reduce((sum, component) => sum + (achieved.get(component) ?? 0), 0));
  }
  return achieved;
}

/** Section 6: milestones against targets, action completion and goal progress. */
export function dashboardOutline(index: PlanIndex, today: string, goals: GoalBuildEntry[]): DashboardOutline {
  const actions = index.ofKind('action');
  const goalProgress: DashboardOutline['goalProgress'] = [];
  const order = depthFirst(goals, (entry) => entry.components);
  const achievedSoFar = achievedOf(order);
  for (const { item: entry, depth } of order) {
    if (entry.target !== null && entry.target > 0) {
      const achieved = achievedSoFar.get(entry) ?? 0;
      goalProgress.push({ name: entry.node.label, depth, target: entry.target, achieved, percent: (achieved / entry.target) * 100 });
    }
  }
  return {
    milestones: index.ofKind('milestone').map((node) => ({
      node,
      status: milestoneStatus(node, today),
      measures: index.labels(index.outgoing(node.id, 'measures').map((edge) => edge.target)),
    })),
    actions: {
      done: actions.filter((action) => action.data.status === 'done').length,
      total: actions.length,
      overdue: actions.filter((action) => isOverdue(action.data.dueDate, action.data.status, today)).length,
    },
    goalProgress,
  };
}
