import { useCallback, useContext, useEffect, useId, useState } from 'react';
import type { SnapshotSummary } from '../../shared/model.ts';
import { formatDate } from '../../shared/document/format.ts';
import { CHANGE_CATEGORIES, CHANGE_CATEGORY_LABELS, comparisonHeadline, directionMark } from '../../shared/review/index.ts';
import type { PlanChangeItem } from '../../shared/review/index.ts';
import { useApi } from '../api/ApiContext.tsx';
import { toggleCollapse } from '../commands/collapse.ts';
import { collapsedAncestors } from '../health/healthGroups.ts';
import { PlanContext, usePlan, usePlanStoreApi, useRunCommand } from '../map/PlanContext.tsx';
import { errorSentence } from '../ui/ErrorMessage.tsx';
import { ReviewDialog } from './ReviewDialog.tsx';
import { reviewStore, useReview } from './reviewStore.ts';
import '../export/pane.css';
import './review.css';

const day = (takenAt: string) => formatDate(takenAt.slice(0, 10));

/** Selects a changed item in the current view, opening collapsed branches on the map, and brings it into view. */
function useSelectItem(): (nodeId: string) => void {
  const store = usePlanStoreApi();
  const canvas = useContext(PlanContext)?.canvas;
  const run = useRunCommand();
  return (nodeId) => {
    const nodes = store.getState().nodes;
    if (nodes[nodeId] === undefined) return;
    const hidden = store.getState().view === 'map' ? collapsedAncestors(nodes, [nodeId]) : [];
    for (const id of hidden) run(toggleCollapse, { id });
    store.getState().select({ nodeIds: [nodeId], edgeId: null });
    // Let React Flow draw newly shown nodes before moving the view to them.
    setTimeout(() => {
      const controls = canvas?.current;
      if (controls?.centerOn) controls.centerOn([nodeId]);
    }, hidden.length > 0 ? 60 : 0);
  };
}

function ChangeList({ onSelect }: { onSelect(nodeId: string): void }) {
  const comparison = useReview((state) => state.comparison);
  const compared = useReview((state) => state.compared);
  const selected = usePlan((state) => state.selection.nodeIds);
  const listId = useId();
  if (!compared) return null;
  if (!comparison) {
    return (
      <p className="atlas-review__note" role="status">
        Comparing…
      </p>
    );
  }
  const groups = CHANGE_CATEGORIES.map((category) => ({ category, items: comparison.items.filter((item) => item.category === category) })).filter(
    (group) => group.items.length > 0,
  );
  return (
    <section className="atlas-review__changes" aria-labelledby={listId}>
      <h3 id={listId} className="atlas-review__heading">
        {comparisonHeadline(comparison)}
      </h3>
      <button type="button" className="atlas-button atlas-review__stop" onClick={() => reviewStore.getState().compareWith(null)}>
        Stop comparing
      </button>
      {groups.map((group) => (
        <section key={group.category} className="atlas-review__group" aria-label={`${CHANGE_CATEGORY_LABELS[group.category]} (${group.items.length})`}>
          <h4 className="atlas-review__group-title">
            {CHANGE_CATEGORY_LABELS[group.category]} <span className="atlas-review__count">{group.items.length}</span>
          </h4>
          <ul className="atlas-review__list" aria-label={CHANGE_CATEGORY_LABELS[group.category]}>
            {group.items.map((item: PlanChangeItem, at) => (
              <li key={`${item.nodeId}-${at}`}>
                {item.category === 'removed' ? (
                  <span className="atlas-review__change is-static">{item.message}</span>
                ) : (
                  <button
                    type="button"
                    className={`atlas-review__change${selected.includes(item.nodeId) ? ' is-selected' : ''}`}
                    aria-pressed={selected.includes(item.nodeId)}
                    title="Select it in the current view"
                    onClick={() => onSelect(item.nodeId)}
                  >
                    {item.message}
                    {directionMark(item)}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/**
 * "Reviews": start a review (freeze the plan as it is, dated and named), the plan's reviews to open read-only or
 * to compare with, and while comparing the change list, each change selecting its item.
 */
export function ReviewsPanel() {
  const api = useApi();
  const store = usePlanStoreApi();
  const planId = usePlan((state) => state.plan.id);
  const titleId = useId();
  const labelId = useId();
  const [reviews, setReviews] = useState<SnapshotSummary[] | null>(null);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const viewing = useReview((state) => state.viewing);
  const compared = useReview((state) => state.compared);
  const select = useSelectItem();

  const refresh = useCallback(() => api.listSnapshots({ planId }).then(setReviews, (failure: unknown) => setError(errorSentence(failure))), [api, planId]);
  useEffect(() => void refresh(), [refresh]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      // The review freezes what is saved: wait for the edits still on their way.
      await store.getState().flush();
      const taken = await api.takeSnapshot({ planId, label: label.trim() });
      setLabel('');
      setNotice(`Took the review “${taken.label}”.`);
      await refresh();
    } catch (failure) {
      setError(errorSentence(failure));
    } finally {
      setBusy(false);
    }
  };
  const load = async (id: string, then: 'view' | 'compare') => {
    setError(null);
    try {
      const snapshot = await api.loadSnapshot({ id });
      if (then === 'view') reviewStore.getState().view(snapshot);
      else reviewStore.getState().compareWith(snapshot);
    } catch (failure) {
      setError(errorSentence(failure));
    }
  };

  return (
    <section className="atlas-pane atlas-review" aria-labelledby={titleId}>
      <header className="atlas-pane__head">
        <h2 id={titleId} className="atlas-pane__title">
          Reviews
        </h2>
      </header>
      <div className="atlas-review__body">
        <form
          className="atlas-review__start"
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <label htmlFor={labelId} className="atlas-review__label">
            Review name
          </label>
          <input id={labelId} className="atlas-input" value={label} maxLength={200} placeholder="e.g. Q1 review (else its date)" onChange={(event) => setLabel(event.target.value)} />
          <button type="submit" className="atlas-button atlas-button--primary" disabled={busy}>
            Start a review
          </button>
        </form>
        {notice ? (
          <p className="atlas-review__note" role="status">
            {notice}
          </p>
        ) : null}
        {error ? (
          <p className="atlas-error" role="alert">
            {error}
          </p>
        ) : null}
        <ChangeList onSelect={select} />
        <h3 className="atlas-review__heading">The plan’s reviews</h3>
        {reviews === null ? (
          <p className="atlas-review__note">Loading…</p>
        ) : reviews.length === 0 ? (
          <p className="atlas-review__note">No reviews yet. A review freezes the plan as it is, so you can see later what changed since.</p>
        ) : (
          <ul className="atlas-review__reviews" aria-label="Reviews">
            {[...reviews].reverse().map((review) => (
              <li key={review.id} className={compared?.id === review.id ? 'is-compared' : ''} aria-label={`${review.label}, ${day(review.takenAt)}`}>
                <span className="atlas-review__name">{review.label}</span>
                <span className="atlas-review__date">
                  {day(review.takenAt)} · {review.nodeCount} items
                </span>
                <span className="atlas-review__actions">
                  <button type="button" className="atlas-button" aria-label={`Open ${review.label}`} onClick={() => void load(review.id, 'view')}>
                    Open
                  </button>
                  <button type="button" className="atlas-button" aria-label={`Compare with ${review.label}`} onClick={() => void load(review.id, 'compare')}>
                    Compare
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {viewing ? (
        <ReviewDialog
          review={viewing}
          onClose={() => reviewStore.getState().view(null)}
          onCompare={() => {
            reviewStore.getState().view(null);
            reviewStore.getState().compareWith(viewing);
          }}
        />
      ) : null}
    </section>
  );
}
