import type { NodeKind } from './kinds/index.ts';
import type { PlanEdge, PlanNode } from './model.ts';
import type { Plan, PlanInput } from './plan.ts';
import { addDays, addMonths, daysBetween } from './rules/dates.ts';

/** A plan's period: start and end dates, either unknown. */
export interface PlanPeriod {
  periodStart: string | null;
  periodEnd: string | null;
}

/** Whole months from `start` to the day after `end` when the period is made of them (Jan 15 to Apr 14 is three), else null. */
function wholeMonths(start: string, end: string): number | null {
  const after = addDays(end, 1);
  const months = (Number(after.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(after.slice(5, 7)) - Number(start.slice(5, 7));
  return months > 0 && addMonths(start, months) === after ? months : null;
}

/**
 * The period after `period`: it starts the day after the old one ends and lasts as long (in whole months when the
 * old one was whole months, as a quarter or a fiscal year is; else in days). Without an end it starts a year after
 * the old start, and without either on `today`; a period of unknown length lasts twelve months.
 */
export function nextPeriod(period: PlanPeriod, today: string): { periodStart: string; periodEnd: string } {
  const { periodStart: start, periodEnd: end } = period;
  const periodStart = end !== null ? addDays(end, 1) : start !== null ? addMonths(start, 12) : today;
  if (start !== null && end !== null && end >= start) {
    const months = wholeMonths(start, end);
    if (months !== null) return { periodStart, periodEnd: addDays(addMonths(periodStart, months), -1) };
    return { periodStart, periodEnd: addDays(periodStart, daysBetween(start, end)) };
  }
  return { periodStart, periodEnd: addDays(addMonths(periodStart, 12), -1) };
}

/**
 * The period a new plan starts with: the next twelve months from `today`, so from today to the day before the same
 * date next year (a plan started on 29 February runs to 28 February).
 */
export function newPlanPeriod(today: string): { periodStart: string; periodEnd: string } {
  const anniversary = addMonths(today, 12);
  // A clamped anniversary (29 February in a common year) is already the last day of the twelve months.
  const periodEnd = anniversary.slice(8) === today.slice(8) ? addDays(anniversary, -1) : anniversary;
  return { periodStart: today, periodEnd };
}

/** Years named in a title: "2026", "FY2026" or "FY26". */
const YEAR_PATTERN = /\b(FY ?)?(\d{4}|\d{2})\b/g;

/**
 * The title of the next period's plan: years of the old period named in the title move on by as many years as the
 * period does ("FY26 growth plan" → "FY27 growth plan", "Plan 2026" → "Plan 2027"); a title that names none gets the
 * new period's years after it ("Growth plan" → "Growth plan 2027", or "2027–2028" for a period across two years).
 */
export function nextPlanTitle(title: string, before: PlanPeriod, after: { periodStart: string; periodEnd: string }): string {
  const oldYears = new Set([before.periodStart, before.periodEnd].flatMap((date) => (date === null ? [] : [Number(date.slice(0, 4))])));
  const reference = before.periodStart ?? before.periodEnd;
  const shift = reference === null ? 0 : Number(after.periodStart.slice(0, 4)) - Number(reference.slice(0, 4));
  let moved = false;
  const next = title.replace(YEAR_PATTERN, (match, prefix: string | undefined, digits: string) => {
    const twoDigits = digits.length === 2;
    // A bare two-digit number ("Top 10") is not a year: only "FY26" is.
    if (twoDigits && prefix === undefined) return match;
    const year = twoDigits ? 2000 + Number(digits) : Number(digits);
    if (shift === 0 || !oldYears.has(year)) return match;
    moved = true;
    const shifted = year + shift;
    return `${prefix ?? ''}${twoDigits ? String(shifted % 100).padStart(2, '0') : String(shifted)}`;
  });
  if (moved) return next;
  const startYear = after.periodStart.slice(0, 4);
  const endYear = after.periodEnd.slice(0, 4);
  return `${title} ${startYear === endYear ? startYear : `${startYear}–${endYear}`}`;
}

/** The fields of the next period's plan, its dates always known. */
export type NextPlanFields = Omit<Required<PlanInput>, 'periodStart' | 'periodEnd'> & { periodStart: string; periodEnd: string };

/** The fields of the next period's plan: title and period moved on, target and currency kept, a draft unless the old one was active. */
export function nextPlanFields(plan: Pick<Plan, 'title' | 'periodStart' | 'periodEnd' | 'growthTarget' | 'currency' | 'status'>, today: string): NextPlanFields {
  const period = nextPeriod(plan, today);
  return {
    title: nextPlanTitle(plan.title, plan, period),
    ...period,
    growthTarget: plan.growthTarget,
    currency: plan.currency,
    status: plan.status === 'active' ? 'active' : 'draft',
  };
}

/** What a roll forward carries into the next period's plan and what it leaves behind with the old one. */
export interface RollForwardSummary {
  carried: { stakeholders: number; needs: number; teamMembers: number; competitors: number; openActions: number; other: number };
  leftBehind: { doneActions: number; milestoneActuals: number };
}

/** True for what stays with the old plan: an action that is done. */
function leftBehind(node: PlanNode): boolean {
  return node.kind === 'action' && node.data.status === 'done';
}

/**
 * The nodes and relations of the next period's plan. Everything is carried (stakeholders, needs, team, competitors,
 * goals, open actions ...) but done actions, which stay with the old plan: what hung below one moves up to the nearest
 * node carried above it. Milestones are carried without their actuals (and the adjustment that explained them), as
 * the new period has none yet. Relations are carried when both their ends are. Ids stay: a node of the new plan is
 * the same stakeholder, need or action as in the old one.
 */
export function rollForwardContent(nodes: readonly PlanNode[], edges: readonly PlanEdge[]): { nodes: PlanNode[]; edges: PlanEdge[]; summary: RollForwardSummary } {
  const byId = new Map(nodes.map((node) => [node.id, node] as const));
  const dropped = new Set(nodes.filter(leftBehind).map((node) => node.id));
  const carriedParent = (node: PlanNode): string | null => {
    let parentId = node.parentId;
    const seen = new Set<string>();
    while (parentId !== null && dropped.has(parentId) && !seen.has(parentId)) {
      seen.add(parentId);
      parentId = byId.get(parentId)?.parentId ?? null;
    }
    return parentId !== null && dropped.has(parentId) ? null : parentId;
  };
  const summary: RollForwardSummary = {
    carried: { stakeholders: 0, needs: 0, teamMembers: 0, competitors: 0, openActions: 0, other: 0 },
    leftBehind: { doneActions: dropped.size, milestoneActuals: 0 },
  };
  const carried: PlanNode[] = [];
  for (const node of nodes) {
    if (dropped.has(node.id)) continue;
    const { damaged: _damaged, ...rest } = node;
    let next = { ...rest, parentId: carriedParent(node) } as PlanNode;
    if (next.kind === 'milestone') {
      if (next.data.actual !== null) summary.leftBehind.milestoneActuals += 1;
      next = { ...next, data: { ...next.data, actual: null, adjustment: '' } };
    }
    countCarried(summary.carried, next);
    carried.push(next);
  }
  return { nodes: carried, edges: edges.filter((edge) => !dropped.has(edge.source) && !dropped.has(edge.target)).map((edge) => ({ ...edge })), summary };
}

/** Which count of the summary a carried node of each kind adds to (the account at the root adds to none). */
const CARRIED_AS: Partial<Record<NodeKind, keyof RollForwardSummary['carried']>> = {
  stakeholder: 'stakeholders',
  need: 'needs',
  teamMember: 'teamMembers',
  competitor: 'competitors',
  action: 'openActions',
};

function countCarried(carried: RollForwardSummary['carried'], node: PlanNode): void {
  if (node.kind !== 'account') carried[CARRIED_AS[node.kind] ?? 'other'] += 1;
}

/** The outcome of a roll forward: the new plan, the old one now archived, and what was carried and left behind. */
export interface RollForwardOutcome {
  plan: Plan;
  archived: Plan;
  summary: RollForwardSummary & { reviewsLeftBehind: number };
}

/** What a roll forward of these nodes would carry and leave behind, for the dialog that asks first. */
export function rollForwardSummary(nodes: readonly PlanNode[]): RollForwardSummary {
  return rollForwardContent(nodes, []).summary;
}
