import type { Tier, TierCriterion } from './account.ts';
import { TIER_OPTIONS } from './account.ts';
import type { PlanNode } from './model.ts';
import type { Plan, PlanStatus } from './plan.ts';
import { REVIEW_FRESH_DAYS } from './healthWeights.ts';
import { isOverdue } from './rules/actions.ts';
import { daysBetween } from './rules/dates.ts';

/** Days after which a plan that has not been reviewed is flagged (its last review, or its creation when it has none). */
export const REVIEW_DUE_DAYS = REVIEW_FRESH_DAYS;

/** What the portfolio flags, with the words the sales leader reads. */
export const PORTFOLIO_FLAGS = [
  { value: 'strategic-without-plan', label: 'Strategic account without a current plan' },
  { value: 'not-reviewed-90-days', label: `Plan not reviewed for ${REVIEW_DUE_DAYS} days` },
] as const;

/** A portfolio flag. */
export type PortfolioFlag = (typeof PORTFOLIO_FLAGS)[number]['value'];

/** How the health score moved since the last review: none when there is no review (or no plan) to compare with. */
export type HealthTrend = 'up' | 'down' | 'same' | 'none';

/** The plan a portfolio row shows. */
export interface PortfolioPlan {
  id: string;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  status: PlanStatus;
}

/** One account of the portfolio: its tier and why, its current plan and how that plan is doing. */
export interface PortfolioRow {
  accountId: string;
  accountName: string;
  tier: Tier;
  tierCriteria: TierCriterion[];
  accountManager: string;
  /** The current plan (see currentPlan), or null. */
  plan: PortfolioPlan | null;
  /** The current plan's health score 0–100, or null without a plan. */
  health: number | null;
  /** The health score the plan had at its last review, or null. */
  healthAtLastReview: number | null;
  healthTrend: HealthTrend;
  /** Open actions of the current plan past their due date. */
  overdueActions: number;
  /** When the current plan was last reviewed (the review's timestamp), or null. */
  lastReviewAt: string | null;
  /** The account's renewal date, or null. */
  nextRenewal: string | null;
  flags: PortfolioFlag[];
}

/** True when a plan's period has not ended by `today` (a plan without an end date never ends). */
function notEnded(plan: Pick<Plan, 'periodEnd'>, today: string): boolean {
  return plan.periodEnd === null || plan.periodEnd >= today;
}

/** True when a plan's period has begun by `today` (a plan without a start date has always begun). */
function begun(plan: Pick<Plan, 'periodStart'>, today: string): boolean {
  return plan.periodStart === null || plan.periodStart <= today;
}

/**
 * The account's current plan: of its plans that are not archived and whose period has not ended, the one under way
 * today before one that starts later, an active plan before a draft, then the latest start, the latest change and the
 * id. Null when there is none: an account whose plans are all archived or over has no current plan.
 */
export function currentPlan<P extends Pick<Plan, 'id' | 'status' | 'periodStart' | 'periodEnd' | 'updatedAt'>>(plans: readonly P[], today: string): P | null {
  const candidates = plans.filter((plan) => plan.status !== 'archived' && notEnded(plan, today));
  const rank = (plan: P): [number, number, string, string, string] => [
    begun(plan, today) ? 0 : 1,
    plan.status === 'active' ? 0 : 1,
    plan.periodStart ?? '',
    plan.updatedAt,
    plan.id,
  ];
  let best: P | null = null;
  for (const plan of candidates) {
    if (best === null || compareRank(rank(plan), rank(best)) < 0) best = plan;
  }
  return best;
}

/** Lower numbers first, then later (greater) strings first. */
function compareRank(a: [number, number, string, string, string], b: [number, number, string, string, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] - b[1];
  for (const at of [2, 3, 4] as const) {
    if (a[at] !== b[at]) return a[at] > b[at] ? -1 : 1;
  }
  return 0;
}

/** The open actions of a plan that are past their due date on `today`. */
export function overdueActionCount(nodes: readonly PlanNode[], today: string): number {
  let count = 0;
  for (const node of nodes) if (node.kind === 'action' && isOverdue(node.data, today)) count += 1;
  return count;
}

/** How a score moved from `before` to `now`: none without both. */
export function healthTrendOf(now: number | null, before: number | null): HealthTrend {
  if (now === null || before === null) return 'none';
  return now > before ? 'up' : now < before ? 'down' : 'same';
}

/**
 * The flags of a portfolio row: a strategic account without a current plan, and a current plan whose last review
 * (or, never reviewed, its creation) is more than REVIEW_DUE_DAYS days before `today`.
 */
export function portfolioFlags(
  row: { tier: Tier; plan: Pick<Plan, 'createdAt'> | null; lastReviewAt: string | null },
  today: string,
): PortfolioFlag[] {
  const flags: PortfolioFlag[] = [];
  if (row.tier === 'strategic' && row.plan === null) flags.push('strategic-without-plan');
  if (row.plan !== null) {
    const since = (row.lastReviewAt ?? row.plan.createdAt).slice(0, 10);
    if (daysBetween(since, today) > REVIEW_DUE_DAYS) flags.push('not-reviewed-90-days');
  }
  return flags;
}

/** The columns a portfolio sorts by. */
export const PORTFOLIO_SORT_KEYS = ['account', 'tier', 'plan', 'health', 'trend', 'overdue', 'lastReview', 'renewal', 'flags'] as const;
/** A column a portfolio sorts by. */
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];
/** Ascending or descending. */
export type SortDirection = 'ascending' | 'descending';

const TIER_ORDER = new Map(TIER_OPTIONS.map((option, at) => [option.value, at] as const));
const TREND_ORDER: Record<HealthTrend, number | null> = { down: 0, same: 1, up: 2, none: null };

/** The value a row sorts by in a column: null sorts last whichever the direction. */
function sortValue(row: PortfolioRow, key: PortfolioSortKey): string | number | null {
  switch (key) {
    case 'account':
      return row.accountName.toLocaleLowerCase('en');
    case 'tier':
      return TIER_ORDER.get(row.tier) ?? null;
    case 'plan':
      return row.plan ? row.plan.title.toLocaleLowerCase('en') : null;
    case 'health':
      return row.health;
    case 'trend':
      return TREND_ORDER[row.healthTrend];
    case 'overdue':
      return row.plan ? row.overdueActions : null;
    case 'lastReview':
      return row.lastReviewAt;
    case 'renewal':
      return row.nextRenewal;
    case 'flags':
      return row.flags.length;
  }
}

/**
 * The rows sorted by one column (a stable sort; ties by account name). Rows without a value (no plan, no review, no
 * renewal date) go last in either direction, so sorting never hides the rows that have one.
 */
export function sortPortfolio(rows: readonly PortfolioRow[], key: PortfolioSortKey, direction: SortDirection): PortfolioRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: PortfolioRow, b: PortfolioRow) => a.accountName.localeCompare(b.accountName, 'en', { sensitivity: 'base' }) || (a.accountId < b.accountId ? -1 : 1);
  return [...rows].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    if (left === null || right === null) return left === right ? byName(a, b) : left === null ? 1 : -1;
    if (left !== right) return (left < right ? -1 : 1) * sign;
    return byName(a, b);
  });
}

/** The inputs of one portfolio row, as the service gathers them. */
export interface PortfolioRowInput {
  account: { id: string; name: string; tier: Tier; tierCriteria: TierCriterion[]; accountManager: string; renewalDate: string | null };
  plan: Plan | null;
  /** Open actions of the plan past their due date (overdueActionCount). */
  overdueActions: number;
  health: number | null;
  healthAtLastReview: number | null;
  lastReviewAt: string | null;
}

/** One portfolio row from what the service read: the plan's trend and flags worked out here. */
export function portfolioRow(input: PortfolioRowInput, today: string): PortfolioRow {
  const { account, plan } = input;
  return {
    accountId: account.id,
    accountName: account.name,
    tier: account.tier,
    tierCriteria: [...account.tierCriteria],
    accountManager: account.accountManager,
    plan: plan && { id: plan.id, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd, status: plan.status },
    health: plan ? input.health : null,
    healthAtLastReview: plan ? input.healthAtLastReview : null,
    healthTrend: plan ? healthTrendOf(input.health, input.healthAtLastReview) : 'none',
    overdueActions: plan ? input.overdueActions : 0,
    lastReviewAt: plan ? input.lastReviewAt : null,
    nextRenewal: account.renewalDate,
    flags: portfolioFlags({ tier: account.tier, plan, lastReviewAt: plan ? input.lastReviewAt : null }, today),
  };
}

/** The health trend in words: "up 5", "down 3", "same", or why there is none ("no review yet", "no plan"). */
export function healthTrendText(row: Pick<PortfolioRow, 'plan' | 'health' | 'healthAtLastReview' | 'healthTrend'>): string {
  if (row.plan === null) return 'no plan';
  if (row.healthTrend === 'none' || row.health === null || row.healthAtLastReview === null) return 'no review yet';
  if (row.healthTrend === 'same') return 'same';
  return `${row.healthTrend} ${Math.abs(row.health - row.healthAtLastReview)}`;
}

/** The label of a flag. */
export function portfolioFlagLabel(flag: PortfolioFlag): string {
  return PORTFOLIO_FLAGS.find((entry) => entry.value === flag)?.label ?? flag;
}
