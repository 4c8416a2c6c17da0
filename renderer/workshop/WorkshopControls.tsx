import { useEffect } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useWorkshop, workshopStore } from '../live/workshopStore.ts';
import { EndWorkshopDialog, JoinPanel } from './JoinPanel.tsx';
import { endWorkshop, hostPanels, refreshWorkshopStatus, useHostPanels, workshopRunsOn } from './hostPanels.ts';
import { isParticipant, presenceKey } from './presenceKey.ts';
import { StartWorkshopDialog } from './StartWorkshopDialog.tsx';

/** The host's workshop dialogs on the plan screen (Start, End) and the status kept current; nothing for a participant. */
export function WorkshopControls({ planId }: { planId: string }) {
  const api = useApi();
  const dialog = useHostPanels((state) => state.dialog);
  const participant = useWorkshop((state) => isParticipant(state.you));

  // Leaving the plan closes the host's dialogs and the Join panel; the workshop itself runs on.
  useEffect(
    () => () => {
      hostPanels.getState().openDialog(null);
      hostPanels.getState().showJoinPanel(false);
    },
    [],
  );

  useEffect(() => {
    if (participant) return;
    void refreshWorkshopStatus(api);
    // Someone joining, leaving or changing role changes the host's list: ask again then, not on every selection.
    let key = presenceKey(workshopStore.getState().people);
    return workshopStore.subscribe((state) => {
      const next = presenceKey(state.people);
      if (next === key) return;
      key = next;
      void refreshWorkshopStatus(api);
    });
  }, [api, participant]);

  if (participant) return null;
  const close = () => hostPanels.getState().openDialog(null);
  if (dialog === 'start') {
    return (
      <StartWorkshopDialog
        planId={planId}
        onClose={close}
        onStarted={(status) => {
          hostPanels.getState().setStatus(status);
          hostPanels.getState().openDialog(null);
          hostPanels.getState().showJoinPanel(true);
        }}
      />
    );
  }
  if (dialog === 'end') return <EndWorkshopDialog onClose={close} onConfirm={() => endWorkshop(api)} />;
  return null;
}

/** The Join panel beside the map while the host has it open (it stays in projector mode: it is for the projector). */
export function JoinPanelSlot() {
  const open = useHostPanels((state) => state.joinPanel);
  const participant = useWorkshop((state) => isParticipant(state.you));
  if (!open || participant) return null;
  return <JoinPanel onClose={() => hostPanels.getState().showJoinPanel(false)} />;
}

/** What the toolbar's workshop button and the Workshop menu open: the Join panel while a workshop runs on this plan, else Start. */
export function openWorkshop(planId: string): void {
  const { status, openDialog, showJoinPanel } = hostPanels.getState();
  if (workshopRunsOn(status, planId)) showJoinPanel(true);
  else openDialog('start');
}
