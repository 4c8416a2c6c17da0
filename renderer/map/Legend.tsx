import { EDGE_KINDS, edgeKindOf } from '../../shared/edges.ts';
import { NODE_KINDS, kindOf } from '../../shared/kinds/index.ts';
import { Glyph, KindIcon } from '../ui/KindIcon.tsx';
import { usePlan, usePlanStoreApi } from './PlanContext.tsx';
import { shownColor } from '../ui/shownColor.ts';

/** What the colours, icons and lines on the map mean. */
export function Legend() {
  const store = usePlanStoreApi();
  const open = usePlan((state) => state.showLegend);
  if (!open) {
    return (
      <button type="button" className="atlas-legend-chip" aria-label="Show legend" onClick={() => store.getState().setPanels({ showLegend: true })}>
        Legend
      </button>
    );
  }
  return (
    <aside className="atlas-legend" aria-label="Legend">
      <div className="atlas-legend__head">
        <strong>Legend</strong>
        <button type="button" className="atlas-icon-button" aria-label="Hide legend" onClick={() => store.getState().setPanels({ showLegend: false })}>
          ×
        </button>
      </div>
      <ul className="atlas-legend__kinds">
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <KindIcon kind={kind} size={13} />
            {kindOf(kind).label}
          </li>
        ))}
      </ul>
      <ul className="atlas-legend__relations">
        {EDGE_KINDS.map((kind) => {
          const definition = edgeKindOf(kind);
          return (
            <li key={kind}>
              <svg width="28" height="8" aria-hidden="true">
                <line x1="1" y1="4" x2="27" y2="4" style={{ stroke: shownColor(definition.color) }} strokeWidth="2" strokeDasharray={definition.dashed ? '5 3' : undefined} />
              </svg>
              {definition.label}
            </li>
          );
        })}
        <li className="atlas-legend__note">zoomed out: relations of the selection only</li>
        <li>
          <span className="atlas-legend__internal">
            <Glyph name="lock" size={11} />
          </span>
          internal: left out of the customer edition
        </li>
      </ul>
    </aside>
  );
}
