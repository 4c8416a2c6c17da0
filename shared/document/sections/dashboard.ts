import { isOverdue } from '../../rules/actions.ts';
import { goalProgress as goalProgressOf } from '../../rules/goalBuild.ts';
import { milestoneStatus } from '../../rules/milestoneStatus.ts';
import type { DashboardOutline, GoalBuildEntry } from '../outlineTypes.ts';
import type { PlanIndex } from '../planIndex.ts';
import { flattenGoals } from './goals.ts';

/** Section 6: milestones against targets, action completion and goal progress. */
export function dashboardOutline(index: PlanIndex, today: string, goals: GoalBuildEntry[]): DashboardOutline {
  const actions = index.ofKind('action');
  const goalProgress: DashboardOutline['goalProgress'] = [];
  for (const { entry, depth } of flattenGoals(goals)) {
    const progress = goalProgressOf(entry);
    if (progress) goalProgress.push({ name: entry.node.label, depth, target: progress.measure, achieved: progress.achieved, percent: progress.percent });
  }
  return {
    milestones: index.ofKind('milestone').map((node) => ({
      node,
      status: milestoneStatus(node.data, today),
      measures: index.labels(index.outgoing(node.id, 'measures').map((edge) => edge.target)),
    })),
    actions: {
      done: actions.filter((action) => action.data.status === 'done').length,
      total: actions.length,
      overdue: actions.filter((action) => isOverdue(action.data, today)).length,
    },
    goalProgress,
  };
}
