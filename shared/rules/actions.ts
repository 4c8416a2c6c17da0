import type { NodeDataMap } from '../kinds/index.ts';
import { addDays, addMonths } from './dates.ts';

type ActionDates = Pick<NodeDataMap['action'], 'dueDate' | 'status'>;

/** The horizons an action is filed under. */
export type ActionHorizon = NodeDataMap['action']['horizon'];

/** True when an action's due date is before `today` and it is not done (due today is not overdue yet). */
export function isOverdue(action: ActionDates, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && action.status !== 'done';
}

/** The last day a horizon covers from `today`: 90 days ahead, or 12 calendar months ahead. */
export function horizonEnd(horizon: ActionHorizon, today: string): string {
  return horizon === '90-days' ? addDays(today, 90) : addMonths(today, 12);
}

/**
 * True when an open action is due after the end of the horizon it is filed under, e.g. due in 7 months but
 * listed for the next 90 days. An action due sooner than its horizon (due next month, filed for the next 12
 * months) is inside it; done actions and actions without a due date are never outside.
 */
export function isOutsideHorizon(action: ActionDates & Pick<NodeDataMap['action'], 'horizon'>, today: string): boolean {
  return action.dueDate !== null && action.status !== 'done' && action.dueDate > horizonEnd(action.horizon, today);
}

/** The card's badge for an action due after the end of its horizon, whole and in its designed short form. */
export const OUTSIDE_HORIZON_WORD = { full: 'Outside horizon', short: 'Off horizon' } as const;
