import { useEffect, useMemo, useState } from 'react';
import type { PlanDocument, Snapshot } from '../../shared/model.ts';
import { comparePlans, lastReview } from '../../shared/review/index.ts';
import type { PlanComparison } from '../../shared/review/index.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useReview } from './reviewStore.ts';

/**
 * What changed since the plan's last review, for the document preview's Performance Dashboard (as an export
 * shows it); null while loading and for a plan without a review. Reloads when a review is taken here.
 */
export function useSinceLastReview(document: PlanDocument, today: string): PlanComparison | null {
  const api = useApi();
  const planId = document.plan.id;
  const taken = useReview((state) => state.taken);
  const [review, setReview] = useState<Snapshot | null>(null);
  useEffect(() => {
    let cancelled = false;
    void api
      .listSnapshots({ planId })
      .then((reviews) => {
        const last = lastReview(reviews);
        return last ? api.loadSnapshot({ id: last.id }) : null;
      })
      .then(
        (loaded) => !cancelled && setReview(loaded),
        () => !cancelled && setReview(null),
      );
    return () => {
      cancelled = true;
    };
  }, [api, planId, taken]);
  return useMemo(
    () => (review ? comparePlans(review.content, document, { id: review.id, label: review.label, takenAt: review.takenAt }, today) : null),
    [review, document, today],
  );
}
