import type { SnapshotSummary } from '../model.ts';
import { formatDate } from '../document/format.ts';

/** The name a review gets when none is given: "Review 2 Dec 2026". */
export function reviewDefaultLabel(takenAt: string): string {
  return `Review ${formatDate(takenAt.slice(0, 10))}`;
}

/** The most recent review (latest `takenAt`, ties by id), or null when the plan has none. */
export function lastReview<R extends Pick<SnapshotSummary, 'id' | 'takenAt'>>(reviews: readonly R[]): R | null {
  let best: R | null = null;
  for (const review of reviews) {
    if (!best || review.takenAt > best.takenAt || (review.takenAt === best.takenAt && review.id > best.id)) best = review;
  }
  return best;
}

/**
 * The review a name or id points at: its id, else its label (case-insensitive, the latest of equal labels);
 * null when none matches.
 */
export function findReview<R extends Pick<SnapshotSummary, 'id' | 'label' | 'takenAt'>>(reviews: readonly R[], key: string): R | null {
  const byId = reviews.find((review) => review.id === key);
  if (byId) return byId;
  const wanted = key.trim().toLowerCase();
  return lastReview(reviews.filter((review) => review.label.trim().toLowerCase() === wanted));
}
