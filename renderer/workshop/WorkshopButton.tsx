import { useWorkshop } from '../live/workshopStore.ts';
import { useHostPanels, workshopRunsOn } from './hostPanels.ts';
import { isParticipant } from './presenceKey.ts';
import { openWorkshop } from './WorkshopControls.tsx';

/** The toolbar button: "Start workshop", or "Workshop" (the Join panel) while one runs on this plan; hidden for participants. */
export function WorkshopButton({ planId }: { planId: string }) {
  const participant = useWorkshop((state) => isParticipant(state.you));
  const running = useHostPanels((state) => workshopRunsOn(state.status, planId));
  if (participant) return null;
  return (
    <button type="button" className={`atlas-button ${running ? 'atlas-button--live' : ''}`} onClick={() => openWorkshop(planId)}>
      {running ? 'Workshop' : 'Start workshop'}
    </button>
  );
}
