import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { HostView, PresentPerson, WorkshopSelf } from '../../shared/workshop.ts';

/**
 * What this window knows of the workshop on the plan it shows: who it is, who is here (with selections and editing
 * locks), where the host looks, and this window's own workshop settings. Filled from the live channel's 'you',
 * 'presence' and 'farewell' messages; empty (you null, people []) when no workshop runs.
 */
export interface WorkshopView {
  /** Plan the presence is about. */
  planId: string | null;
  /** Who this window is in the workshop (a participant, or the host); null when no workshop runs on this plan. */
  you: WorkshopSelf | null;
  /** Everyone here, the host first (this window included). */
  people: PresentPerson[];
  host: HostView;
  /** Set once the host removed this participant or ended the workshop: the sentence to show; nothing reconnects. */
  farewell: string | null;
  /** This participant's view follows the host's view and viewport. */
  followingHost: boolean;
  /** Projector mode: full screen, a larger interface, side panels hidden. */
  projector: boolean;
}

export interface WorkshopActions {
  heardYou(planId: string, you: WorkshopSelf): void;
  heardPresence(planId: string, people: PresentPerson[], host: HostView): void;
  heardFarewell(message: string): void;
  setFollowingHost(on: boolean): void;
  setProjector(on: boolean): void;
  /** Forgets the workshop (the plan closed, or the workshop ended for the host). */
  clear(): void;
}

export type WorkshopState = WorkshopView & WorkshopActions;

const EMPTY: WorkshopView = {
  planId: null,
  you: null,
  people: [],
  host: { view: null, viewport: null },
  farewell: null,
  followingHost: false,
  projector: false,
};

/** A workshop store (one per window; tests create their own). */
export function createWorkshopStore(): StoreApi<WorkshopState> {
  return createStore<WorkshopState>()((set) => ({
    ...EMPTY,
    heardYou: (planId, you) => set({ planId, you }),
    heardPresence: (planId, people, host) => set({ planId, people, host }),
    heardFarewell: (message) => set({ farewell: message, people: [], followingHost: false }),
    setFollowingHost: (on) => set({ followingHost: on }),
    setProjector: (on) => set({ projector: on }),
    clear: () => set((state) => ({ ...EMPTY, projector: state.projector })),
  }));
}

/** This window's workshop store. */
export const workshopStore = createWorkshopStore();

/** Reads the window's workshop store in a component. */
export function useWorkshop<T>(select: (state: WorkshopState) => T): T {
  return useStore(workshopStore, select);
}
