import type { PlanDocument, Snapshot } from '../../model.ts';
import { healthTrend, milestoneTrends } from '../../trends.ts';
import type { Edition } from '../../api.ts';
import type { TrendsOutline } from '../outlineTypes.ts';

/**
 * Section 6's trends across the plan's reviews: milestones' actual against target (those the edition shows) and,
 * in the internal edition, the health score; null before the first review.
 */
export function trendsOutline(view: PlanDocument, reviews: readonly Snapshot[] | undefined, edition: Edition, today: string): TrendsOutline | null {
  if (!reviews || reviews.length === 0) return null;
  const shown = new Set(view.nodes.map((node) => node.id));
  // A review holds every milestone; the edition's view decides which ones the document shows.
  const visibleReviews = reviews.map((review) => ({ ...review, content: { ...review.content, nodes: review.content.nodes.filter((node) => shown.has(node.id)) } }));
  return {
    reviews: reviews.length,
    milestones: milestoneTrends(visibleReviews, view, today),
    health: edition === 'internal' ? healthTrend(reviews, view, today) : null,
  };
}
