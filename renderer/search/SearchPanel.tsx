import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { kindOf } from '../../shared/kinds/index.ts';
import type { NodeKind } from '../../shared/kinds/index.ts';
import { filterChoices } from '../../shared/rules/search.ts';
import type { FilterChoice, PlanFilters } from '../../shared/rules/search.ts';
import { revealNode } from '../commands/revealNode.ts';
import { usePlan, useRunCommand } from '../map/PlanContext.tsx';
import { mapTree } from '../store/tree.ts';
import { searchStore, useSearch } from './searchStore.ts';
import { usePlanSearch } from './usePlanSearch.ts';
import '../styles/search.css';

/** The result list shows this many; the count still says how many there are. */
const LISTED = 100;

/** Gives focus back to the selected card (else to the page), so the map's keys work after the box closes. */
export function focusMapAfterSearch(): void {
  const card = document.querySelector<HTMLElement>('.react-flow__node.selected');
  if (card) card.focus({ preventScroll: true });
  else (document.activeElement as HTMLElement | null)?.blur();
}

function FilterSelect({ label, value, choices, onChange }: { label: string; value: string | null; choices: readonly FilterChoice[]; onChange(value: string | null): void }) {
  return (
    <select className="atlas-search__filter" aria-label={`Filter by ${label.toLowerCase()}`} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
      <option value="">{`Any ${label.toLowerCase()}`}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

/** Ctrl/Cmd+F on the map: finds text in labels and fields as you type, steps through results, and filters (dimming the rest). */
export function SearchPanel() {
  const run = useRunCommand();
  const planId = usePlan((state) => state.plan.id);
  const open = useSearch((state) => state.open && state.planId === planId);
  const query = useSearch((state) => state.query);
  const current = useSearch((state) => state.current);
  const focusRequest = useSearch((state) => state.focusRequest);
  const nodes = usePlan((state) => state.nodes);
  const search = usePlanSearch();
  const input = useRef<HTMLInputElement>(null);
  const choices = useMemo(() => (open ? filterChoices(mapTree(nodes).ordered) : null), [open, nodes]);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open, focusRequest]);

  if (!open || !choices) return null;
  const { hits } = search;
  const filters = query.filters;

  const go = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    searchStore.getState().setCurrent(index);
    run(revealNode, { id: hit.nodeId });
    document.getElementById(`atlas-search-hit-${index}`)?.scrollIntoView({ block: 'nearest' });
  };
  const step = (by: 1 | -1) => {
    if (hits.length === 0) return;
    go(current < 0 ? (by === 1 ? 0 : hits.length - 1) : (current + by + hits.length) % hits.length);
  };
  const close = () => {
    searchStore.getState().closeSearch();
    focusMapAfterSearch();
  };
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const setFilter = (filter: Partial<PlanFilters>) => searchStore.getState().setFilters(filter);
  const count = !search.active ? 'Type to search' : hits.length === 0 ? 'No results' : current >= 0 ? `${current + 1} of ${hits.length}` : `${hits.length} result${hits.length === 1 ? '' : 's'}`;

  return (
    <section className="atlas-search" aria-label="Search and filter" onKeyDown={onKeyDown}>
      <div className="atlas-search__bar">
        <input
          ref={input}
          type="search"
          className="atlas-search__input"
          aria-label="Search the plan"
          aria-controls="atlas-search-results"
          placeholder="Search names, titles, owners…"
          value={query.text}
          onChange={(event) => searchStore.getState().setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              step(event.shiftKey ? -1 : 1);
            } else if (event.key === 'ArrowDown' && hits.length > 0) {
              event.preventDefault();
              go(Math.min(current + 1, hits.length - 1));
              document.getElementById('atlas-search-results')?.focus();
            }
          }}
        />
        <span className="atlas-search__count" role="status">
          {count}
        </span>
        <button type="button" className="atlas-search__step" aria-label="Previous result" title="Previous result (Shift+Enter)" disabled={hits.length === 0} onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" className="atlas-search__step" aria-label="Next result" title="Next result (Enter)" disabled={hits.length === 0} onClick={() => step(1)}>
          ↓
        </button>
        <button type="button" className="atlas-search__step" aria-label="Close search" title="Close search (Escape)" onClick={close}>
          ×
        </button>
      </div>
      <div className="atlas-search__filters" role="group" aria-label="Filters">
        <FilterSelect label="Kind" value={filters.kinds[0] ?? null} choices={choices.kinds} onChange={(kind) => setFilter({ kinds: kind ? [kind as NodeKind] : [] })} />
        <FilterSelect label="Owner" value={filters.owner} choices={choices.owners} onChange={(owner) => setFilter({ owner })} />
        <FilterSelect label="Buying role" value={filters.buyingRole} choices={choices.buyingRoles} onChange={(buyingRole) => setFilter({ buyingRole })} />
        <FilterSelect label="Support" value={filters.support} choices={choices.supports} onChange={(support) => setFilter({ support })} />
        <FilterSelect label="Status" value={filters.status} choices={choices.statuses} onChange={(status) => setFilter({ status })} />
      </div>
      {hits.length > 0 ? (
        <ul
          id="atlas-search-results"
          className="atlas-search__results"
          role="listbox"
          aria-label="Search results"
          tabIndex={0}
          aria-activedescendant={current >= 0 && current < LISTED ? `atlas-search-hit-${current}` : undefined}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              go(Math.max(0, Math.min(Math.min(hits.length, LISTED) - 1, current + (event.key === 'ArrowDown' ? 1 : -1))));
            } else if (event.key === 'Enter' && current >= 0) {
              event.preventDefault();
              go(current);
              focusMapAfterSearch();
            }
          }}
        >
          {hits.slice(0, LISTED).map((hit, index) => (
            <li
              key={hit.nodeId}
              id={`atlas-search-hit-${index}`}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'atlas-search__hit is-current' : 'atlas-search__hit'}
              onClick={() => go(index)}
            >
              <span className="atlas-search__hit-name">{`${kindOf(hit.kind).label}: ${hit.label}`}</span>
              {hit.foundIn ? <span className="atlas-search__hit-where">{hit.foundIn}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {hits.length > LISTED ? <p className="atlas-search__more">{`and ${hits.length - LISTED} more: type more words to narrow the search`}</p> : null}
    </section>
  );
}
