import { useWorkshop } from '../live/workshopStore.ts';
import { toggleProjector } from './useProjectorMode.ts';

/** A screen on a stand (decorative). */
const PROJECTOR_GLYPH = 'M2 4h20v12H2zm2 2v8h16V6zm7 11h2v2h4v2H7v-2h4z';

/** The toolbar's "Projector mode" toggle (an icon tool: the toolbar is full at laptop widths). */
export function ProjectorButton() {
  const on = useWorkshop((state) => state.projector);
  return (
    <button
      type="button"
      className={`atlas-tool ${on ? 'is-pressed' : ''}`}
      aria-label="Projector mode"
      aria-pressed={on}
      title={on ? 'Projector mode (Escape leaves it)' : 'Projector mode'}
      onClick={toggleProjector}
    >
      <svg width={17} height={17} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
        <path d={PROJECTOR_GLYPH} fill="currentColor" fillRule="evenodd" />
      </svg>
    </button>
  );
}
