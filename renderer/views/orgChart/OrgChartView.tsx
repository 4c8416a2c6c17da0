import { useCallback, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { layoutOrgChart, ORG_CARD, orgChartInput, orgChartNeighbour } from '../../../shared/rules/orgChart.ts';
import { addDirectReport, addManager, selectStakeholder, setManager } from '../../commands/orgChart.ts';
import { describeShortcut } from '../../commands/shortcuts.ts';
import { Notice } from '../../map/Notice.tsx';
import { useRunCommand } from '../../map/PlanContext.tsx';
import { StakeholderCard } from '../StakeholderCard.tsx';
import { useFocusSelected } from '../useFocusSelected.ts';
import { usePointerDrag } from '../usePointerDrag.ts';
import { useSelectedIds, useSingleSelection, useStakeholders } from '../useStakeholders.ts';
import { OrgChartLines } from './OrgChartLines.tsx';
import { VIEW_PANEL_ID } from '../viewPanel.ts';

/** Room around the chart, in pixels. */
const PAD = 32;

const ARROWS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const;

/** The stakeholders as an org chart from their reports-to relations; drag a card onto another to set the manager. */
export function OrgChartView() {
  const run = useRunCommand();
  const view = useRef<HTMLElement>(null);
  const { nodes, edges, stakeholders, coveredBy } = useStakeholders();
  const layout = useMemo(() => {
    const { stakeholderIds, reportsTo } = orgChartInput(stakeholders, Object.values(edges));
    return layoutOrgChart(stakeholderIds, reportsTo);
  }, [stakeholders, edges]);
  const selectedId = useSingleSelection();
  const selectedIds = useSelectedIds();
  const selectedOnChart = selectedId !== null && nodes[selectedId]?.kind === 'stakeholder' ? selectedId : null;
  useFocusSelected(view, selectedOnChart, selectedIds);

  const { dragging, onPointerDown, consumeDropClick } = usePointerDrag((reportId, target) => {
    const managerId = target.dataset.dropId;
    if (managerId) run(setManager, { reportId, managerId });
  });
  const onSelect = useCallback((id: string) => {
    if (!consumeDropClick()) run(selectStakeholder, { id });
  }, [consumeDropClick, run]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, id: string) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const direction = ARROWS[event.key as keyof typeof ARROWS];
      if (direction) {
        const next = orgChartNeighbour(layout, id, direction);
        if (next) run(selectStakeholder, { id: next });
        event.preventDefault();
        return;
      }
      if (event.key === 'Tab') {
        run(selectStakeholder, { id });
        run(event.shiftKey ? addManager : addDirectReport, undefined);
        event.preventDefault();
      } else if (event.key === 'Enter' || event.key === ' ') {
        run(selectStakeholder, { id });
        event.preventDefault();
      }
    },
    [layout, run],
  );

  const tabStop = selectedOnChart ?? layout.cards[0]?.id ?? null;
  return (
    <main id={VIEW_PANEL_ID} ref={view} className="atlas-plan__map atlas-view atlas-org" aria-label="Org chart">
      <div className="atlas-view__bar" role="toolbar" aria-label="Org chart tools">
        <button type="button" className="atlas-button" disabled={selectedOnChart === null} onClick={() => run(addDirectReport, undefined)}
          title={`Add a direct report under the selected person (${describeShortcut(addDirectReport.shortcuts![0]!)})`}>
          Add direct report
        </button>
        <button type="button" className="atlas-button" disabled={selectedOnChart === null} onClick={() => run(addManager, undefined)}
          title={`Add a manager above the selected person (${describeShortcut(addManager.shortcuts![0]!)})`}>
          Add manager
        </button>
        <span className="atlas-view__hint">Drag a card onto another person to make them its manager. Arrow keys move along the hierarchy.</span>
      </div>
      {stakeholders.length === 0 ? (
        <p className="atlas-view__empty">No stakeholders yet. Add people to the map to see their org chart.</p>
      ) : (
        <div className="atlas-org__canvas" style={{ width: layout.width + 2 * PAD, height: layout.height + 2 * PAD }}>
          <OrgChartLines layout={layout} edges={edges} pad={PAD} />
          {layout.cards.map((card) => {
            const node = nodes[card.id];
            if (node?.kind !== 'stakeholder') return null;
            const moved = dragging?.id === card.id ? dragging : null;
            return (
              <StakeholderCard
                key={card.id}
                node={node}
                variant="card"
                selected={selectedIds.has(card.id)}
                tabStop={card.id === tabStop}
                coveredBy={coveredBy.get(card.id) ?? []}
                className={moved ? 'is-dragging' : ''}
                style={{
                  left: card.x + PAD,
                  top: card.y + PAD,
                  width: ORG_CARD.width,
                  height: ORG_CARD.height,
                  transform: moved ? `translate(${moved.dx}px, ${moved.dy}px)` : undefined,
                }}
                onSelect={onSelect}
                onKeyDown={onKeyDown}
                onPointerDown={onPointerDown}
              />
            );
          })}
        </div>
      )}
      <Notice />
    </main>
  );
}
