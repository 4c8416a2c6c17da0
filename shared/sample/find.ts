/** The id the sample plan is stored under: what tells it from the user's own plans, whatever they rename. */
export const SAMPLE_PLAN_ID = 'sample-plan';

/** True when `id` is one given to a sample plan (`sample-plan`, or `sample-plan-2` … when an earlier one is in the trash). */
export function isSamplePlanId(id: string): boolean {
  return id === SAMPLE_PLAN_ID || /^sample-plan-[1-9]\d*$/.test(id);
}

/** The first sample plan id that `taken` does not hold (ids in the trash count as taken). */
export function freeSamplePlanId(taken: (id: string) => boolean): string {
  if (!taken(SAMPLE_PLAN_ID)) return SAMPLE_PLAN_ID;
  for (let n = 2; ; n += 1) if (!taken(`${SAMPLE_PLAN_ID}-${n}`)) return `${SAMPLE_PLAN_ID}-${n}`;
}

/** The library's accounts and plans, as far as finding the sample needs them. */
export interface SampleSearchAccount {
  readonly id: string;
  readonly plans: readonly { readonly id: string; readonly status: string }[];
}

/**
 * The sample plan already in the library (trashed ones are not listed), to open instead of adding another
 * Northwind account: a plan still in use before an archived one, else the first found; null when there is none.
 */
export function findSamplePlan(accounts: readonly SampleSearchAccount[]): { accountId: string; planId: string } | null {
  const found = accounts.flatMap((account) => account.plans.filter((plan) => isSamplePlanId(plan.id)).map((plan) => ({ account, plan })));
  const chosen = found.find(({ plan }) => plan.status !== 'archived') ?? found[0];
  return chosen ? { accountId: chosen.account.id, planId: chosen.plan.id } : null;
}
