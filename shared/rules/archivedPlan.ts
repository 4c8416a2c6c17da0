import type { Plan } from '../plan.ts';

/** True when a plan is archived: kept in the account's history, read-only. */
export function isArchived(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'archived';
}

/** Why an archived plan cannot be changed, and what to do: one sentence for the app, the CLI and the API alike. */
export function archivedPlanRefusal(plan: Pick<Plan, 'title'>): string {
  return `The plan “${plan.title}” is archived, so it is read-only; set its status back to Active or Draft to change it.`;
}

/**
 * True when plan changes may be made to an archived plan: only its status may change (to reopen it), so nothing else of
 * a plan kept in the account's history moves. Fields given with the value they already have change nothing (the
 * plan form sends every field).
 */
export function archivedPlanAllows(plan: object, changes: object | undefined): boolean {
  if (changes === undefined) return true;
  const current = plan as Record<string, unknown>;
  return Object.entries(changes).every(([key, value]) => key === 'status' || value === undefined || current[key] === value);
}
