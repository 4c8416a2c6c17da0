import { useWorkshop } from '../live/workshopStore.ts';
import { useHostPanels, workshopRunsOn } from './hostPanels.ts';
import { isParticipant } from './presenceKey.ts';
import { openWorkshop } from './WorkshopControls.tsx';

/** Three people (decorative). */
const PEOPLE_GLYPH = 'M12 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM5 7a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zm14 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM6.5 19v-2a5.5 5.5 0 0 1 11 0v2zM0 19v-1.5A4 4 0 0 1 5.2 13.7 7 7 0 0 0 4.5 17v2zm24 0h-4.5v-2a7 7 0 0 0-.7-3.3A4 4 0 0 1 24 17.5z';

/**
 * The toolbar button: "Start workshop", or "Workshop" (the Join panel) while one runs on this plan; hidden for
 * participants. Like the map tools, it shows only its icon when the window is narrow.
 */
export function WorkshopButton({ planId }: { planId: string }) {
  const participant = useWorkshop((state) => isParticipant(state.you));
  const running = useHostPanels((state) => workshopRunsOn(state.status, planId));
  if (participant) return null;
  const name = running ? 'Workshop' : 'Start workshop';
  return (
    <button type="button" className={`atlas-tool atlas-workshop-button ${running ? 'is-live' : ''}`} aria-label={name} title={name} onClick={() => openWorkshop(planId)}>
      <svg width={18} height={18} viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
        <path d={PEOPLE_GLYPH} fill="currentColor" fillRule="evenodd" />
      </svg>
      <span className="atlas-tool__text">{name}</span>
    </button>
  );
}
