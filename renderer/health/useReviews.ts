import { useEffect, useRef, useState } from 'react';
import type { Snapshot } from '../../shared/model.ts';
import { useApi } from '../api/ApiContext.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';

/** The plan's reviews (its snapshots) with their content, oldest first, or why they could not be read. */
export interface ReviewsState {
  reviews: Snapshot[] | null;
  error: string | null;
}

/**
 * Loads the plan's reviews, and lists them again whenever `reloadKey` changes (the plan was edited, a review may
 * have been taken meanwhile); a review's content is fetched once, reviews being frozen.
 */
export function useReviews(planId: string, reloadKey: unknown = null): ReviewsState {
  const api = useApi();
  const [state, setState] = useState<ReviewsState>({ reviews: null, error: null });
  const loaded = useRef(new Map<string, Snapshot>());
  useEffect(() => {
    let current = true;
    (async () => {
      try {
        const summaries = await api.listSnapshots({ planId });
        const reviews = await Promise.all(
          summaries.map(async (summary) => {
            const known = loaded.current.get(summary.id);
            if (known && known.label === summary.label) return known;
            const review = await api.loadSnapshot({ id: summary.id });
            loaded.current.set(summary.id, review);
            return review;
          }),
        );
        reviews.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
        if (current) setState({ reviews, error: null });
      } catch (error) {
        if (current) setState({ reviews: null, error: errorSentence(error) });
      }
    })();
    return () => {
      current = false;
    };
  }, [api, planId, reloadKey]);
  return state;
}
