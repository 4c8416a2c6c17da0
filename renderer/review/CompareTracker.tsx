import { useEffect } from 'react';
import type { Snapshot } from '../../shared/model.ts';
import { comparePlans } from '../../shared/review/index.ts';
import { useSettledPlanDocument, useToday } from '../export/usePlanDocument.ts';
import { reviewStore } from './reviewStore.ts';

/** Keeps "what changed since the review" current while the plan is compared with one: recomputed when edits settle. */
export function CompareTracker({ snapshot }: { snapshot: Snapshot }) {
  const document = useSettledPlanDocument();
  const today = useToday();
  useEffect(() => {
    const since = { id: snapshot.id, label: snapshot.label, takenAt: snapshot.takenAt };
    reviewStore.getState().setComparison(comparePlans(snapshot.content, document, since, today));
  }, [snapshot, document, today]);
  return null;
}
