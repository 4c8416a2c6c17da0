import type { NodeDataMap } from '../kinds/index.ts';
import { daysBetween } from './dates.ts';

/** How a milestone stands on a given day. */
export type MilestoneStatus = 'achieved' | 'on-track' | 'behind' | 'missed' | 'no-target';

/** Days before its due date from which a milestone still short of its target counts as behind. */
export const MILESTONE_RUN_UP_DAYS = 30;

/** The words for each status, on cards, in the plan check and in documents. */
export const MILESTONE_STATUS_LABELS: Readonly<Record<MilestoneStatus, string>> = {
  achieved: 'Achieved',
  'on-track': 'On track',
  behind: 'Behind',
  missed: 'Missed',
  'no-target': 'No target',
};

/** The milestone rule in one sentence, for documents and tooltips. */
export const MILESTONE_RULE = `achieved once the actual reaches the target; missed when the due date has passed short of it; behind when it is still short on the due date or in the ${MILESTONE_RUN_UP_DAYS} days before; on track until then`;

/**
 * How a milestone stands on `today` (YYYY-MM-DD), one rule before, on and after its due date:
 * - no target: nothing to judge;
 * - achieved: the actual has reached the target (on any day);
 * - missed: the due date has passed (due < today) and the target was not reached;
 * - behind: not reached, and the due date is today or at most MILESTONE_RUN_UP_DAYS days away;
 * - on track: not reached yet, with more than MILESTONE_RUN_UP_DAYS days to go, or no due date.
 * A missing actual counts as nothing achieved.
 */
export function milestoneStatus(milestone: Pick<NodeDataMap['milestone'], 'target' | 'actual' | 'dueDate'>, today: string): MilestoneStatus {
  const { target, actual, dueDate } = milestone;
  if (target === null) return 'no-target';
  if (actual !== null && actual >= target) return 'achieved';
  if (dueDate === null) return 'on-track';
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'missed';
  return daysLeft <= MILESTONE_RUN_UP_DAYS ? 'behind' : 'on-track';
}
