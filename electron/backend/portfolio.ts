import { planHealthScore } from '../../shared/healthScore.ts';
import type { PlanDocument, Snapshot } from '../../shared/model.ts';
import { currentPlan, portfolioRow } from '../../shared/portfolio.ts';
import type { PortfolioRow } from '../../shared/portfolio.ts';
import type { Store } from './store.ts';

/** How the portfolio reads a plan and a review (the service's own readers, so names and damage read the same). */
export interface PortfolioReaders {
  loadDocument(planId: string): PlanDocument;
  loadSnapshot(id: string): Snapshot;
}

/**
 * Every account of the library with its current plan's health now and at its last review, overdue actions and flags,
 * in the accounts' order (by name). One read of the plans list; per account the current plan and its last review only.
 */
export function portfolioRows(store: Store, readers: PortfolioReaders, today: string): PortfolioRow[] {
  const plansByAccount = new Map<string, ReturnType<Store['plans']['listWithCounts']>>();
  for (const plan of store.plans.listWithCounts()) {
    const list = plansByAccount.get(plan.accountId);
    if (list) list.push(plan);
    else plansByAccount.set(plan.accountId, [plan]);
  }
  return store.accounts.list().map((account) => {
    const plan = currentPlan(plansByAccount.get(account.id) ?? [], today);
    if (!plan) return portfolioRow({ account, plan: null, nodes: [], health: null, healthAtLastReview: null, lastReviewAt: null }, today);
    const { nodeCount: _count, ...stored } = plan;
    const document = readers.loadDocument(plan.id);
    const reviews = store.snapshots.list(plan.id);
    const last = reviews.at(-1) ?? null;
    const health = planHealthScore(document, today, { lastReviewAt: last?.takenAt ?? null }).score;
    let healthAtLastReview: number | null = null;
    if (last) {
      const review = readers.loadSnapshot(last.id);
      // The plan as it stood at the review, scored on that day: the review itself counts as just taken.
      const then: PlanDocument = { account, plan: review.content.plan, nodes: review.content.nodes, edges: review.content.edges, viewport: null };
      healthAtLastReview = planHealthScore(then, last.takenAt.slice(0, 10), { lastReviewAt: last.takenAt }).score;
    }
    return portfolioRow({ account, plan: stored, nodes: document.nodes, health, healthAtLastReview, lastReviewAt: last?.takenAt ?? null }, today);
  });
}
