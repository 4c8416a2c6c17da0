import { useEffect } from 'react';
import { usePlan, usePlanStoreApi } from './PlanContext.tsx';

/** A short message about the last action (e.g. why something was refused); fades after a few seconds. */
export function Notice() {
  const store = usePlanStoreApi();
  const notice = usePlan((state) => state.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => store.getState().showNotice(null), 7000);
    return () => clearTimeout(timer);
  }, [notice, store]);
  if (!notice) return null;
  return (
    <div className="atlas-notice" role="alert">
      <span>{notice}</span>
      <button type="button" className="atlas-icon-button" aria-label="Dismiss message" onClick={() => store.getState().showNotice(null)}>
        ×
      </button>
    </div>
  );
}
