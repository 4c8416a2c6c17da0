import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { PlanDocument } from '../../shared/model.ts';
import { todayIso } from '../../shared/values.ts';
import { usePlanShallow } from '../map/PlanContext.tsx';
import { planDocumentFrom } from './planDocument.ts';

/** How long edits must pause before the preview and the plan check catch up. */
export const SETTLE_MS = 250;

/** `value`, but only once it has stopped changing for `delayMs`. */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The open plan as a PlanDocument that follows edits a moment later: a typing burst or a drag rebuilds the
 * document once when it pauses, and in a deferred render, so the map and the inspector stay responsive on big plans.
 */
export function useSettledPlanDocument(delayMs: number = SETTLE_MS): PlanDocument {
  // The viewport is left out: no document shows it, and panning must not rebuild the document.
  const content = usePlanShallow((state) => ({ account: state.account, plan: state.plan, nodes: state.nodes, edges: state.edges }));
  const settled = useDeferredValue(useSettledValue(content, delayMs));
  return useMemo(() => planDocumentFrom({ ...settled, viewport: null }), [settled]);
}

/** Today as YYYY-MM-DD, rechecked every minute so an open plan crosses midnight correctly. */
export function useToday(): string {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
