import type { Edition } from '../api.ts';
import type { PlanDocument, Snapshot } from '../model.ts';
import { comparePlans } from '../review/compare.ts';
import { lastReview } from '../review/reviews.ts';
import type { PlanComparison } from '../review/types.ts';
import { editionView } from './editions.ts';
import type { PlanOutline } from './outlineTypes.ts';
import { indexPlan } from './planIndex.ts';
import { actionsOutline } from './sections/actions.ts';
import { dashboardOutline } from './sections/dashboard.ts';
import { goalsOutline } from './sections/goals.ts';
import { needsOutline } from './sections/needs.ts';
import { topicNotes } from './sections/notes.ts';
import { profileOutline } from './sections/profile.ts';
import { teamOutline } from './sections/team.ts';
import { trendsOutline } from './sections/trends.ts';

/** Options of the plan outline. */
export interface OutlineOptions {
  edition: Edition;
  /** ISO date the document is made for: overdue actions and behind milestones are judged against it. */
  today: string;
  /** The plan's reviews (snapshots), for the dashboard's trends. */
  reviews?: readonly Snapshot[];
}

/** What changed since the last of the plan's reviews (issue 15), for the Performance Dashboard; null without one. */
function sinceLastReview(document: PlanDocument, reviews: readonly Snapshot[] | undefined, today: string): PlanComparison | null {
  const last = lastReview(reviews ?? []);
  return last ? comparePlans(last.content, document, { id: last.id, label: last.label, takenAt: last.takenAt }, today) : null;
}

/** The linear plan in the six sections, filled from the map (the customer edition sees the customer view only). */
export function planOutline(document: PlanDocument, options: OutlineOptions): PlanOutline {
  const view = editionView(document, options.edition);
  const index = indexPlan(view);
  const goals = goalsOutline(index);
  return {
    edition: options.edition,
    today: options.today,
    currency: view.plan.currency,
    accountName: view.account.name,
    planTitle: view.plan.title,
    profile: profileOutline(index),
    needs: needsOutline(index, options.today),
    goals,
    actions: actionsOutline(index, options.today),
    team: teamOutline(index),
    dashboard: {
      ...dashboardOutline(index, options.today, goals.goals),
      trends: trendsOutline(view, options.reviews, options.edition, options.today),
      sinceLastReview: sinceLastReview(document, options.reviews, options.today),
    },
    notes: topicNotes(index),
    map: { nodes: view.nodes, edges: view.edges },
  };
}

export type { PlanOutline } from './outlineTypes.ts';
