import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanNode } from '../../../shared/model.ts';
import { lastReview } from '../../../shared/rules/actionTracker.ts';
import { useApi } from '../../api/ApiContext.tsx';

/** The plan's last review (a snapshot) as the action tracker compares with it. */
export interface LastReview {
  /** Null while loading, or when the plan has no review. */
  review: { label: string; takenAt: string; nodes: PlanNode[] } | null;
  loading: boolean;
  /** Why the reviews could not be read, or null. */
  error: string | null;
  /** Reads the reviews again (a review may have been taken since the view opened). */
  reload(): void;
}

type Loaded = Omit<LastReview, 'reload'>;

/** Loads the latest review of a plan when the view opens and on `reload`: its label, date and frozen nodes. */
export function useLastReview(planId: string): LastReview {
  const api = useApi();
  const [state, setState] = useState<Loaded>({ review: null, loading: true, error: null });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    let live = true;
    setState((before) => ({ ...before, loading: true, error: null }));
    (async () => {
      const latest = lastReview(await api.listSnapshots({ planId }));
      if (latest === null) return null;
      const snapshot = await api.loadSnapshot({ id: latest.id });
      return { label: snapshot.label, takenAt: snapshot.takenAt, nodes: snapshot.content.nodes };
    })().then(
      (review) => live && setState({ review, loading: false, error: null }),
      (error: unknown) => live && setState({ review: null, loading: false, error: `The last review could not be read: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [api, planId, generation]);
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
