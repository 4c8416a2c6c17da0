import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AtlasApi } from '../../shared/api.ts';
import type { WorkshopStatus } from '../../shared/workshop.ts';
import { workshopStore } from '../live/workshopStore.ts';

/** Which of the host's workshop dialogs is open (the Join panel is a pane beside the map, open or not). */
export type HostDialog = 'start' | 'end' | null;

/** The host's workshop controls on the plan screen: the open dialog, the Join panel, and the workshop's status as last asked. */
export interface HostPanelsState {
  dialog: HostDialog;
  joinPanel: boolean;
  status: WorkshopStatus;
  openDialog(dialog: HostDialog): void;
  showJoinPanel(on: boolean): void;
  setStatus(status: WorkshopStatus): void;
}

/** A store of the host's workshop controls (one per window; tests create their own). */
export function createHostPanels(): StoreApi<HostPanelsState> {
  return createStore<HostPanelsState>()((set) => ({
    dialog: null,
    joinPanel: false,
    status: { running: false },
    openDialog: (dialog) => set({ dialog }),
    showJoinPanel: (on) => set({ joinPanel: on }),
    // The Join panel closes when the workshop is over.
    setStatus: (status) => set(status.running ? { status } : { status, joinPanel: false }),
  }));
}

/** This window's host controls. */
export const hostPanels = createHostPanels();

/** Reads the host controls in a component. */
export function useHostPanels<T>(select: (state: HostPanelsState) => T): T {
  return useStore(hostPanels, select);
}

/** Asks the backend for the workshop's status and keeps it; a refusal (a participant's window) leaves it as it was. */
export async function refreshWorkshopStatus(api: Pick<AtlasApi, 'workshopStatus'>, panels: StoreApi<HostPanelsState> = hostPanels): Promise<void> {
  try {
    panels.getState().setStatus(await api.workshopStatus({}));
  } catch {
    // A participant may not ask; the host's controls stay hidden for them anyway.
  }
}

/** True when the status says a workshop runs on this plan. */
export function workshopRunsOn(status: WorkshopStatus, planId: string): boolean {
  return status.running && status.planId === planId;
}

/** Ends the workshop for everyone and forgets it in this window. */
export async function endWorkshop(api: Pick<AtlasApi, 'endWorkshop'>, panels: StoreApi<HostPanelsState> = hostPanels): Promise<void> {
  panels.getState().setStatus(await api.endWorkshop({}));
  workshopStore.getState().clear();
}
