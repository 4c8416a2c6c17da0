import { Glyph } from '../ui/KindIcon.tsx';
import { usePlan, usePlanStoreApi } from './PlanContext.tsx';

/** Saved / Saving… / Save failed, with a Retry button; announced politely to screen readers. */
export function SaveStatus() {
  const store = usePlanStoreApi();
  const state = usePlan((current) => current.save.state);
  const message = usePlan((current) => current.save.message);
  const live = usePlan((current) => current.live);
  return (
    <div className={`atlas-save atlas-save--${state}`}>
      {live === 'offline' ? (
        <div role="status" className="atlas-save__text atlas-save__live" title="Changes made in other windows will show once the connection is back; your own edits are kept and saved.">
          <Glyph name="warning" size={14} />
          Reconnecting…
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="atlas-save__text" title={message ?? undefined}>
        {state === 'saved' ? <Glyph name="check" size={14} /> : state === 'saving' ? <span className="atlas-spinner" aria-hidden="true" /> : <Glyph name="warning" size={14} />}
        {state === 'saved' ? 'Saved' : state === 'saving' ? 'Saving…' : 'Save failed'}
      </div>
      {state === 'failed' ? (
        <button type="button" className="atlas-button atlas-button--small" onClick={() => store.getState().retrySave()} title={message ?? undefined}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
