import { useEffect } from 'react';
import { usePlanStoreApi } from '../map/PlanContext.tsx';
import { saveView } from './savedView.ts';

/** Remembers each switch of view for the next opening of this plan (PlanScreen opens it in that view). */
export function useRememberedView(): void {
  const store = usePlanStoreApi();
  useEffect(() => {
    const planId = store.getState().plan.id;
    return store.subscribe((state, previous) => {
      if (state.view !== previous.view) saveView(planId, state.view);
    });
  }, [store]);
}
