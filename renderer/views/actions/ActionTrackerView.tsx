import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import {
  ALL_ACTIONS,
  DUE_SOON_DAYS,
  emptyFilterMessage,
  filterActions,
  sortActions,
  trackedActions,
  trackerOwners,
} from '../../../shared/rules/actionTracker.ts';
import type { TrackerFilter, TrackerShow, TrackerSort, TrackerSortKey } from '../../../shared/rules/actionTracker.ts';
import { teamMemberNames } from '../../../shared/rules/teamMembers.ts';
import { useToday } from '../../export/usePlanDocument.ts';
import { formatDate } from '../../map/format.ts';
import { Notice } from '../../map/Notice.tsx';
import { usePlan, usePlanReadOnly, usePlanShallow, usePlanStoreApi } from '../../map/PlanContext.tsx';
import { VIEW_PANEL_ID } from '../viewPanel.ts';
import { ActionTrackerRow, OWNERS_LIST_ID } from './ActionTrackerRow.tsx';
import { BulkBar } from './BulkBar.tsx';
import { useLastReview } from './useLastReview.ts';
import '../../styles/actionTracker.css';

const COLUMNS: readonly { key: TrackerSortKey; label: string }[] = [
  { key: 'title', label: 'Action' },
  { key: 'owner', label: 'Owner' },
  { key: 'dueDate', label: 'Due' },
  { key: 'status', label: 'Status' },
  { key: 'horizon', label: 'Horizon' },
  { key: 'serves', label: 'Serves' },
];

const SHOW_LABELS: Record<TrackerShow, string> = {
  all: 'All actions',
  overdue: 'Overdue',
  'due-soon': `Due in the next ${DUE_SOON_DAYS} days`,
  'done-since-review': 'Done since the last review',
};

/** Rows drawn per frame: a long list shows its first rows at once and fills in the rest frame by frame. */
const ROW_CHUNK = 40;

const SEPARATOR = '\u0000';

/** The owner filter's value for "everyone" (a select needs a string). */
const EVERYONE = '__everyone__';

/**
 * Every action of the plan as a table: sortable by each column, filtered by what is due or done and by owner,
 * owner, due date and status editable in place; ticked rows are the map's selection and can be edited together.
 */
export function ActionTrackerView() {
  const store = usePlanStoreApi();
  const readOnly = usePlanReadOnly();
  const { account, plan, nodes, edges } = usePlanShallow((state) => ({ account: state.account, plan: state.plan, nodes: state.nodes, edges: state.edges }));
  const selection = usePlan((state) => state.selection.nodeIds);
  const today = useToday();
  const last = useLastReview(plan.id);
  const [filter, setFilter] = useState<TrackerFilter>(ALL_ACTIONS);
  const [sort, setSort] = useState<TrackerSort>({ key: 'dueDate', direction: 'ascending' });
  const body = useRef<HTMLTableSectionElement>(null);
  const allBox = useRef<HTMLInputElement>(null);

  const reviewNodes = last.review?.nodes ?? null;
  const actions = useMemo(
    () => trackedActions({ account, plan, nodes: Object.values(nodes), edges: Object.values(edges), viewport: null }, today, reviewNodes),
    [account, plan, nodes, edges, today, reviewNodes],
  );
  const teamMembers = useMemo(() => teamMemberNames(Object.values(nodes)), [nodes]);
  // Joined and split again so the list keeps its identity while the names stay the same (the rows are memoised on it).
  const ownersKey = useMemo(() => trackerOwners(teamMembers, actions).join(SEPARATOR), [teamMembers, actions]);
  const owners = useMemo(() => (ownersKey === '' ? [] : ownersKey.split(SEPARATOR)), [ownersKey]);
  const shown = useMemo(() => sortActions(filterActions(actions, filter), sort), [actions, filter, sort]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const ticked = shown.filter((action) => selected.has(action.node.id)).map((action) => action.node.id);
  const counts = useMemo(
    () => Object.fromEntries((Object.keys(SHOW_LABELS) as TrackerShow[]).map((show) => [show, filterActions(actions, { ...filter, show }).length])) as Record<TrackerShow, number>,
    [actions, filter],
  );

  const [drawnRows, setDrawnRows] = useState(ROW_CHUNK);
  useEffect(() => {
    if (drawnRows >= shown.length) return;
    const frame = requestAnimationFrame(() => startTransition(() => setDrawnRows((rows) => rows + ROW_CHUNK)));
    return () => cancelAnimationFrame(frame);
  }, [drawnRows, shown.length]);

  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = ticked.length > 0 && ticked.length < shown.length;
  }, [ticked.length, shown.length]);

  const onSelect = useCallback((id: string) => store.getState().select({ nodeIds: [id], edgeId: null }), [store]);
  const onToggle = useCallback(
    (id: string) => {
      const ids = store.getState().selection.nodeIds;
      store.getState().select({ nodeIds: ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id], edgeId: null });
    },
    [store],
  );
  const tickAll = () => {
    const shownIds = shown.map((action) => action.node.id);
    store.getState().select({ nodeIds: ticked.length === shown.length ? [] : shownIds, edgeId: null });
  };
  const sortBy = (key: TrackerSortKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  // Up and Down move between rows from a row's checkbox or title; in the fields they keep their usual meaning.
  const onKeyDown = (event: ReactKeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const column = target.dataset.column;
    if (column === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      document.getElementById('atlas-view-tab-actions')?.focus();
      return;
    }
    const rows = [...(body.current?.querySelectorAll<HTMLElement>('tr[data-action-id]') ?? [])];
    const at = rows.findIndex((row) => row.contains(target));
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (to === undefined || at < 0) return;
    event.preventDefault();
    rows[Math.max(0, Math.min(rows.length - 1, to))]?.querySelector<HTMLElement>(`[data-column="${column}"]`)?.focus();
  };

  const reviewText = last.loading
    ? 'Reading the last review…'
    : last.review
      ? `Last review: ${last.review.label || 'Review'}, ${formatDate(last.review.takenAt.slice(0, 10))}`
      : 'No review yet';

  return (
    <main id={VIEW_PANEL_ID} className="atlas-plan__map atlas-view atlas-tracker" aria-label="Action tracker">
      <div className="atlas-view__bar atlas-tracker__bar">
        <label className="atlas-view__filter">
          Show
          <select
            value={filter.show}
            onChange={(event) => {
              const show = event.target.value as TrackerShow;
              if (show === 'done-since-review') last.reload();
              setFilter({ ...filter, show });
            }}
          >
            {(Object.keys(SHOW_LABELS) as TrackerShow[]).map((show) => (
              <option key={show} value={show}>
                {`${SHOW_LABELS[show]} (${counts[show]})`}
              </option>
            ))}
          </select>
        </label>
        <label className="atlas-view__filter">
          Owner
          <select value={filter.owner ?? EVERYONE} onChange={(event) => setFilter({ ...filter, owner: event.target.value === EVERYONE ? null : event.target.value })}>
            <option value={EVERYONE}>Everyone</option>
            <option value="">No owner</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <span className="atlas-view__hint" role="status">
          {`${shown.length} of ${actions.length} ${actions.length === 1 ? 'action' : 'actions'} shown. ${reviewText}.`}
        </span>
        {last.error ? (
          <span className="atlas-tracker__error" role="alert">
            {last.error}
          </span>
        ) : null}
      </div>
      {ticked.length > 0 ? <BulkBar ids={ticked} owners={owners} readOnly={readOnly} onClear={() => store.getState().select({ nodeIds: [], edgeId: null })} /> : null}
      {actions.length === 0 ? (
        <p className="atlas-view__empty">No actions yet. Add one on the map: select a goal or an opportunity and choose “Action” in the palette.</p>
      ) : shown.length === 0 ? (
        <div className="atlas-view__empty">
          <p>{emptyFilterMessage(filter, last.review !== null)}</p>
          <button type="button" className="atlas-button" onClick={() => setFilter(ALL_ACTIONS)}>
            Show all actions
          </button>
        </div>
      ) : (
        <table className="atlas-tracker__table" aria-label="Actions" aria-describedby="atlas-tracker-help">
          <caption id="atlas-tracker-help" className="atlas-tracker__help">
            Column headers sort. Up, Down, Home and End move between rows from a checkbox or a title, Escape leaves the table; ticked actions are selected on the map too.
          </caption>
          <thead>
            <tr>
              <td className="atlas-tracker__check">
                <input ref={allBox} type="checkbox" aria-label="Select all shown actions" checked={ticked.length > 0 && ticked.length === shown.length} onChange={tickAll} />
              </td>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" aria-sort={sort.key === column.key ? sort.direction : 'none'}>
                  <button type="button" className="atlas-tracker__sort" onClick={() => sortBy(column.key)}>
                    {column.label}
                    <span aria-hidden="true" className="atlas-tracker__arrow">
                      {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={onKeyDown}>
            {shown.slice(0, drawnRows).map((action) => (
              <ActionTrackerRow key={action.node.id} action={action} selected={selected.has(action.node.id)} readOnly={readOnly} onSelect={onSelect} onToggle={onToggle} />
            ))}
          </tbody>
        </table>
      )}
      <datalist id={OWNERS_LIST_ID}>
        {teamMembers.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Notice />
    </main>
  );
}
