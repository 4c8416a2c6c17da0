import type { AccountWithPlans, PlanSummary } from '../../shared/api.ts';
import { AtlasError } from '../../shared/errors.ts';

/** A plan found by the CLI, with its account. */
export interface FoundPlan {
  account: AccountWithPlans;
  plan: PlanSummary;
}

/**
 * Finds the plan a person means by `query`: its id, else its title (case-insensitive, exact), else the one title
 * containing it. No match or several matches is an AtlasError that says which plans there are.
 */
export function findPlan(accounts: readonly AccountWithPlans[], query: string): FoundPlan {
  const wanted = query.trim();
  if (wanted === '') throw new AtlasError('invalid-input', 'Give a plan id or title; run "atlas list" to see the plans.');
  const all = accounts.flatMap((account) => account.plans.map((plan) => ({ account, plan })));
  const byId = all.find((found) => found.plan.id === wanted);
  if (byId) return byId;

  const lower = wanted.toLowerCase();
  const exact = all.filter((found) => found.plan.title.toLowerCase() === lower);
  const matches = exact.length > 0 ? exact : all.filter((found) => found.plan.title.toLowerCase().includes(lower));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    const hint = all.length === 0 ? 'the library has no plans yet (try "atlas demo")' : 'run "atlas list" to see the plans';
    throw new AtlasError('not-found', `No plan has the id or title "${wanted}"; ${hint}.`);
  }
  const listed = matches.map((found) => `"${found.plan.title}" (${found.plan.id})`).join(', ');
  throw new AtlasError('invalid-input', `"${wanted}" matches ${matches.length} plans: ${listed}; give the id instead.`);
}
