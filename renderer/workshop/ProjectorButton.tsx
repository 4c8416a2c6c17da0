import { useWorkshop } from '../live/workshopStore.ts';
import { toggleProjector } from './useProjectorMode.ts';

/** The toolbar's "Projector mode" toggle. */
export function ProjectorButton() {
  const on = useWorkshop((state) => state.projector);
  return (
    <button type="button" className={`atlas-button ${on ? 'is-pressed' : ''}`} aria-pressed={on} title="Projector mode (Escape leaves it)" onClick={toggleProjector}>
      Projector mode
    </button>
  );
}
