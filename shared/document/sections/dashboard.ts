import type { PlanNodeOf } from '../../model.ts';
import type { DashboardOutline, GoalBuildEntry, MilestoneStatus } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';
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

/** Achieved so far: the goal's own figure, else the sum of its components'. */
function achievedOf(entry: GoalBuildEntry): number {
  if (entry.node.data.achieved !== null) return entry.node.data.achieved;
  return entry.components.reduce((sum, component) => sum + achievedOf(component), 0);
}

/** Section 6: milestones against targets, action completion and goal progress. */
export function dashboardOutline(index: PlanIndex, today: string, goals: GoalBuildEntry[]): DashboardOutline {
  const actions = index.ofKind('action');
  const goalProgress: DashboardOutline['goalProgress'] = [];
  const walk = (entry: GoalBuildEntry, depth: number): void => {
    if (entry.target !== null && entry.target > 0) {
      const achieved = achievedOf(entry);
      goalProgress.push({ name: entry.node.label, depth, target: entry.target, achieved, percent: (achieved / entry.target) * 100 });
    }
    for (const component of entry.components) walk(component, depth + 1);
  };
  for (const entry of goals) walk(entry, 0);
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
