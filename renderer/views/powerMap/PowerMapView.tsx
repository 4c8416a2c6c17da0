import { useCallback, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { BUYING_ROLE_OPTIONS, SUPPORT_OPTIONS } from '../../../shared/kinds/stakeholder.ts';
import type { PlanNodeOf } from '../../../shared/model.ts';
import { INFLUENCE_AXIS, isRiskyCell, powerMapCell, stepPowerMapCell, SUPPORT_AXIS, supportScoreText } from '../../../shared/rules/powerMap.ts';
import type { PlacedInfluence, PlacedSupport } from '../../../shared/rules/powerMap.ts';
import { selectStakeholder } from '../../commands/orgChart.ts';
import { placeOnPowerMap } from '../../commands/powerMap.ts';
import { Notice } from '../../map/Notice.tsx';
import { useRunCommand } from '../../map/PlanContext.tsx';
import { StakeholderCard } from '../StakeholderCard.tsx';
import type { CoveredBy } from '../StakeholderCard.tsx';
import { useFocusSelected } from '../useFocusSelected.ts';
import { usePointerDrag } from '../usePointerDrag.ts';
import { useSelectedIds, useSingleSelection, useStakeholders } from '../useStakeholders.ts';
import { VIEW_PANEL_ID } from '../viewPanel.ts';

const ARROWS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const;
const INFLUENCE_WORDS: Record<PlacedInfluence, string> = { high: 'High', medium: 'Medium', low: 'Low' };
const cellKey = (influence: string, support: string) => `${influence}/${support}`;

/** Support words under each column, e.g. "−2 Enemy". */
function supportHeading(support: PlacedSupport): string {
  return SUPPORT_OPTIONS.find((option) => option.value === support)!.label;
}

/** The stakeholders on a grid of support (−2 … +2) against influence (high at the top); drag a chip to re-rate. */
export function PowerMapView() {
  const run = useRunCommand();
  const view = useRef<HTMLElement>(null);
  // View state, not plan data: which buying roles the grid shows (transient, reset when the view closes).
  const [roleFilter, setRoleFilter] = useState('all');
  const { stakeholders, coveredBy } = useStakeholders();
  const selectedId = useSingleSelection();
  const selectedIds = useSelectedIds();

  const shown = useMemo(() => stakeholders.filter((node) => roleFilter === 'all' || node.data.buyingRole === roleFilter), [stakeholders, roleFilter]);
  const { cells, unplaced } = useMemo(() => {
    const byCell = new Map<string, PlanNodeOf<'stakeholder'>[]>();
    const waiting: PlanNodeOf<'stakeholder'>[] = [];
    for (const node of shown) {
      const cell = powerMapCell(node.data);
      if (!cell) waiting.push(node);
      else byCell.set(cellKey(cell.influence, cell.support), [...(byCell.get(cellKey(cell.influence, cell.support)) ?? []), node]);
    }
    return { cells: byCell, unplaced: waiting };
  }, [shown]);
  const selected = shown.find((node) => node.id === selectedId) ?? null;
  useFocusSelected(view, selected?.id ?? null, selectedIds, selected ? `${selected.data.support}/${selected.data.influence}` : '');

  const { dragging, onPointerDown, consumeDropClick } = usePointerDrag((id, target) => {
    // A drop on another chip counts for the cell that chip is in.
    const cell = target.closest<HTMLElement>('[data-influence]');
    const { influence, support } = cell?.dataset ?? {};
    if (!influence || !support) return;
    run(placeOnPowerMap, { id, cell: { influence: influence as PlacedInfluence, support: support as PlacedSupport } });
  });
  const onSelect = useCallback((id: string) => {
    if (!consumeDropClick()) run(selectStakeholder, { id });
  }, [consumeDropClick, run]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, id: string) => {
      const direction = ARROWS[event.key as keyof typeof ARROWS];
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const node = shown.find((candidate) => candidate.id === id);
      if (!node) return;
      if (direction) {
        run(placeOnPowerMap, { id, cell: stepPowerMapCell(powerMapCell(node.data), direction) });
        event.preventDefault();
      } else if (event.key === 'Enter' || event.key === ' ') {
        run(selectStakeholder, { id });
        event.preventDefault();
      }
    },
    [run, shown],
  );

  const tabStop = selected?.id ?? shown[0]?.id ?? null;
  const chip = (node: PlanNodeOf<'stakeholder'>) => {
    const moved = dragging?.id === node.id ? dragging : null;
    return (
      <StakeholderCard
        key={node.id}
        node={node}
        variant="chip"
        selected={selectedIds.has(node.id)}
        tabStop={node.id === tabStop}
        coveredBy={coveredBy.get(node.id) ?? NO_COVER}
        className={moved ? 'is-dragging' : ''}
        style={moved ? { transform: `translate(${moved.dx}px, ${moved.dy}px)` } : undefined}
        onSelect={onSelect}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
      />
    );
  };

  return (
    <main id={VIEW_PANEL_ID} ref={view} className="atlas-plan__map atlas-view atlas-power" aria-label="Power map">
      <div className="atlas-view__bar" role="toolbar" aria-label="Power map tools">
        <label className="atlas-view__filter">
          Buying role
          <select aria-label="Show buying role" value={roleFilter} onChange={(event) => setRoleFilter(event.target.value)}>
            <option value="all">All roles</option>
            {BUYING_ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <span className="atlas-view__hint">Drag a person to another cell, or select them and use the arrow keys, to change support and influence.</span>
      </div>
      <div className="atlas-power__body">
        <div className="atlas-power__axis-y" aria-hidden="true">Influence</div>
        <div role="table" aria-label="Support and influence" className="atlas-power__grid">
          <div role="row" className="atlas-power__row atlas-power__row--head">
            <span role="columnheader" className="atlas-power__corner">
              <span className="atlas-visually-hidden">Influence</span>
            </span>
            {SUPPORT_AXIS.map((support) => (
              <span key={support} role="columnheader" className="atlas-power__head">
                {supportHeading(support)}
              </span>
            ))}
          </div>
          {INFLUENCE_AXIS.map((influence) => (
            <div key={influence} role="row" className="atlas-power__row">
              <span role="rowheader" className="atlas-power__rowhead">
                {INFLUENCE_WORDS[influence]}
              </span>
              {SUPPORT_AXIS.map((support) => (
                <div
                  key={support}
                  role="cell"
                  aria-label={`Influence ${influence}, support ${supportScoreText(support)}`}
                  data-drop=""
                  data-influence={influence}
                  data-support={support}
                  className={`atlas-power__cell ${isRiskyCell({ influence, support }) ? 'is-risky' : ''}`}
                >
                  {(cells.get(cellKey(influence, support)) ?? []).map(chip)}
                </div>
              ))}
            </div>
          ))}
        </div>
        <div className="atlas-power__axis-x" aria-hidden="true">Support: enemy ← → mentor</div>
        <section className="atlas-power__tray" aria-label="Unplaced">
          <h2>Unplaced</h2>
          <p className="atlas-view__hint">Support or influence not yet known. Drag onto the grid, or press an arrow key to place in the middle.</p>
          <div className="atlas-power__chips">{unplaced.length === 0 ? <span className="atlas-view__hint">Everyone is placed.</span> : unplaced.map(chip)}</div>
        </section>
      </div>
      <Notice />
    </main>
  );
}

const NO_COVER: readonly CoveredBy[] = [];
