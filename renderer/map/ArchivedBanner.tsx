import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { archivedPlanRefusal, isArchived } from '../../shared/rules/archivedPlan.ts';
import type { PlanStore } from '../store/types.ts';
import { usePlan } from './PlanContext.tsx';

/** The refusal sentence while the open plan is archived (read-only), or null; follows status changes from any window. */
export function useArchivedPlan(store: StoreApi<PlanStore> | null): string | null {
  const refusalOf = (state: PlanStore | undefined) => (state && isArchived(state.plan) ? archivedPlanRefusal(state.plan) : null);
  const [refusal, setRefusal] = useState<string | null>(() => refusalOf(store?.getState()));
  useEffect(() => {
    setRefusal(refusalOf(store?.getState()));
    if (!store) return;
    return store.subscribe((state) => setRefusal(refusalOf(state)));
  }, [store]);
  return refusal;
}

/** Says on the plan screen that the plan is archived: kept in the account's history, read-only. */
export function ArchivedBanner() {
  const archived = usePlan((state) => isArchived(state.plan));
  if (!archived) return null;
  return (
    <div className="atlas-read-only" role="status" aria-label="Archived plan">
      <strong>Archived.</strong> This plan is kept in the account’s history and is read-only. To change it, set its status back to Active or Draft
      (Edit plan on the home screen).
    </div>
  );
}
