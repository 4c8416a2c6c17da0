import { indexPlan } from './document/planIndex.ts';
import { planHealthScore } from './healthScore.ts';
import type { PlanDocument, PlanNodeOf, Snapshot } from './model.ts';
import { nodesOfKind } from './model.ts';

/** One point of a trend: a review (or now) and the value it had then; null where there was none. */
export interface TrendPoint {
  /** YYYY-MM-DD. */
  date: string;
  /** The review's name, or "Now". */
  label: string;
  value: number | null;
}

/** A named line of points, oldest first. */
export interface TrendSeries {
  id: string;
  name: string;
  points: TrendPoint[];
}

/** A milestone's actual across the reviews, with its target at each of them. */
export interface MilestoneTrend extends TrendSeries {
  metric: string;
  /** The target now (the last point's target). */
  target: number | null;
  /** The target at each point (a target can be moved between reviews). */
  targets: TrendPoint[];
  /** Left out of the customer edition. */
  internal: boolean;
}

/** The label of the point that stands for the plan as it is now. */
export const NOW_LABEL = 'Now';

interface Moment {
  date: string;
  label: string;
  milestones: PlanNodeOf<'milestone'>[];
}

const reviewLabel = (review: Snapshot, position: number) => review.label.trim() || `Review ${position + 1}`;
const byDate = (reviews: readonly Snapshot[]) => [...reviews].sort((a, b) => a.takenAt.localeCompare(b.takenAt));

/**
 * Milestones' actual against target across the reviews (oldest first) and now: one series per milestone on the
 * plan now, in outline order (as the dashboard's milestones table); a milestone a review did not have yet has no value there.
 */
export function milestoneTrends(reviews: readonly Snapshot[], current: PlanDocument, today?: string): MilestoneTrend[] {
  const moments: Moment[] = [
    ...byDate(reviews).map((review, position) => ({ date: review.takenAt.slice(0, 10), label: reviewLabel(review, position), milestones: nodesOfKind(review.content.nodes, 'milestone') })),
    { date: today ?? current.plan.updatedAt?.slice(0, 10) ?? '', label: NOW_LABEL, milestones: nodesOfKind(current.nodes, 'milestone') },
  ];
  const now = indexPlan(current).ofKind('milestone');
  return now.map((milestone) => {
    const at = moments.map((moment) => moment.milestones.find((candidate) => candidate.id === milestone.id));
    return {
      id: milestone.id,
      name: milestone.label || 'Unnamed milestone',
      metric: milestone.data.metric,
      target: milestone.data.target,
      internal: milestone.internal,
      points: moments.map((moment, position) => ({ date: moment.date, label: moment.label, value: at[position]?.data.actual ?? null })),
      targets: moments.map((moment, position) => ({ date: moment.date, label: moment.label, value: at[position]?.data.target ?? null })),
    };
  });
}

// A review is frozen: its score on its own day never changes, so it is worked out once per review object.
const reviewScores = new WeakMap<Snapshot, number>();

function reviewScore(review: Snapshot, current: PlanDocument): number {
  const known = reviewScores.get(review);
  if (known !== undefined) return known;
  const document: PlanDocument = { ...current, plan: review.content.plan, nodes: review.content.nodes, edges: review.content.edges, viewport: null };
  const score = planHealthScore(document, review.takenAt.slice(0, 10), { lastReviewAt: review.takenAt }).score;
  reviewScores.set(review, score);
  return score;
}

/**
 * The health score at each review (scored on the review's day, the review itself counting as the last review) and
 * now (scored on `today`, with the latest review as the last one).
 */
export function healthTrend(reviews: readonly Snapshot[], current: PlanDocument, today: string): TrendPoint[] {
  const ordered = byDate(reviews);
  const points = ordered.map((review, position): TrendPoint => ({ date: review.takenAt.slice(0, 10), label: reviewLabel(review, position), value: reviewScore(review, current) }));
  const last = ordered[ordered.length - 1];
  points.push({ date: today, label: NOW_LABEL, value: planHealthScore(current, today, { lastReviewAt: last?.takenAt ?? null }).score });
  return points;
}

/** A milestone's actual as a share of its target at each point (100 = reached), for one chart of all milestones. */
export function percentOfTarget(trend: MilestoneTrend): TrendPoint[] {
  return trend.points.map((point, position) => {
    const target = trend.targets[position]?.value ?? null;
    return { ...point, value: point.value === null || target === null || target === 0 ? null : Math.round((point.value / target) * 1000) / 10 };
  });
}
